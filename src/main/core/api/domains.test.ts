import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/api/contract';
import { METHOD_NAMES } from '../../../shared/api/methods';
import { AppError } from '../../../shared/api/envelope';
import type { SystemContext } from '../system/handlers';
import { DOMAINS, domainOf, type Domain } from './domains';
import { serve } from './serve';

// Handlers are only built here, never called: any service use would be a test bug.
const unused = (): never => {
  throw new AppError('INTERNAL', 'not used by this test');
};
const context: SystemContext = {
  ready: unused,
  current: () => null,
  need: () => Promise.resolve(),
  status: () => ({ state: 'ready' }),
  restore: unused,
  about: { appVersion: 'test', shell: 'browser', dataDir: '/nowhere', databaseFile: '/nowhere/x' },
  backupDir: '/nowhere/backups',
  emit: () => undefined,
};

const domains = Object.keys(DOMAINS) as Domain[];

describe('the domain table', () => {
  it('composes, domain by domain, exactly the contract', async () => {
    const composed: string[] = [];
    for (const domain of domains) {
      const part = await DOMAINS[domain].contract();
      const own = Object.keys(part).filter((method) => method.startsWith(`${domain}.`));
      expect(own.length, `${domain} has methods in its contract part`).toBeGreaterThan(0);
      for (const method of own)
        expect(part[method], method).toBe(contract[method as keyof typeof contract]);
      composed.push(...own);
    }
    expect(composed.sort()).toEqual([...METHOD_NAMES].sort());
  });

  it("gives every method of a domain a handler from that domain's module", async () => {
    for (const domain of domains) {
      const [part, module] = await Promise.all([
        DOMAINS[domain].contract(),
        DOMAINS[domain].handlers(),
      ]);
      const handlers = module.create(context) as Record<string, unknown>;
      for (const method of Object.keys(part).filter((m) => m.startsWith(`${domain}.`)))
        expect(typeof handlers[method], method).toBe('function');
    }
  });

  it('finds a domain by own name only', () => {
    expect(domainOf('library.listArticles')).toBe('library');
    expect(domainOf('quizzes.list')).toBe('quizzes');
    for (const name of ['library', '.list', 'nope.list', '__proto__.x', 'constructor.x', ''])
      expect(domainOf(name), name).toBeUndefined();
  });

  it('answers UNKNOWN_METHOD for a name outside the contract, as before', async () => {
    const { dispatch } = serve(context, { dataFolder: '/nowhere', isOpen: () => true });
    for (const name of ['nope.list', 'library.nope', 'library.toString', 'packs.listArticles', 7])
      expect(await dispatch(name as string, {}), String(name)).toEqual({
        ok: false,
        error: { code: 'UNKNOWN_METHOD', message: `There is no API method "${String(name)}".` },
      });
  });
});
