import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallWorkbench } from '../testing/fixtures';
import type { Workbench } from '../workbench';

let workbench: Workbench;
let dir: string;
let cleanup: () => void;

beforeAll(async () => {
  ({ workbench, filesDir: dir, cleanup } = await smallWorkbench());
});

afterAll(() => cleanup());

const exportTo = (path: string) => workbench.dispatch('packs.export', { id: 'uncc', path });

describe('export paths are refused clearly, never as an internal error', () => {
  it.each([
    ['a NUL byte', () => join(dir, 'a\0b.json'), /NUL character/],
    [
      'a name too long once the temporary suffix is added',
      () => join(dir, `${'n'.repeat(245)}.json`),
      /too long/,
    ],
    ['a trailing separator', () => `${join(dir, 'pack.json')}/`, /folder separator/],
    [
      'a folder as the target',
      () => {
        mkdirSync(join(dir, 'target.json'));
        return join(dir, 'target.json');
      },
      /is a folder/,
    ],
    [
      'a file as the parent folder',
      () => {
        writeFileSync(join(dir, 'plain'), 'x');
        return join(dir, 'plain', 'pack.json');
      },
      /is not a folder/,
    ],
    [
      'a leftover temporary folder in the way',
      () => {
        mkdirSync(join(dir, `blocked.json.${process.pid}.partial`));
        return join(dir, 'blocked.json');
      },
      /in the way/,
    ],
  ])('%s', async (_label, path, message) => {
    const answer = await exportTo(path());
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!answer.ok) expect(answer.error.message).toMatch(message);
  });

  it('does not replace a read-only file, even for an administrator', async () => {
    const file = join(dir, 'locked.json');
    writeFileSync(file, 'keep me');
    chmodSync(file, 0o444);
    const answer = await exportTo(file);
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!answer.ok) expect(answer.error.message).toMatch(/read-only/);
    expect(readFileSync(file, 'utf8')).toBe('keep me');
  });

  it('replaces a writable file it was asked to write', async () => {
    const file = join(dir, 'ok.json');
    writeFileSync(file, 'old');
    const answer = await exportTo(file);
    expect(answer.ok).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain('convention-workbench-pack');
  });
});
