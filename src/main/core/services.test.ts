import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openConnection } from './db/connection';
import { migrate } from './db/migrate';
import { TRUSTED_PUBLISHERS } from './content/publishers';
import { createServices, type ServiceSet } from './services';
import { tempDir } from './testing/fixtures';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

async function openServices(): Promise<ServiceSet> {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  const db = openConnection(join(dir, 'workbench.sqlite'));
  await migrate(db, join(dir, 'backups'));
  const set = createServices(db, {
    dataDir: dir,
    printer: { print: () => Promise.reject(new Error('no printing here')) },
    emit: () => undefined,
    trusted: TRUSTED_PUBLISHERS,
  });
  cleanups.unshift(() => set.close());
  return set;
}

const madeNames = (set: ServiceSet) =>
  Object.keys(set.services)
    .filter((name) => name !== 'db')
    .sort();

describe('services made on need', () => {
  it('makes only what the library domain names', async () => {
    const set = await openServices();
    expect(madeNames(set)).toEqual([]);
    await set.need(['library', 'settings']);
    expect(madeNames(set)).toEqual(['library', 'settings']);
    expect(() => set.services.library.listArticles()).toThrow('No convention content');
  });

  it('makes what a service is built on first, once', async () => {
    const set = await openServices();
    await Promise.all([set.need(['checklistFiles']), set.need(['assessments'])]);
    expect(madeNames(set)).toEqual(['assessments', 'checklistFiles', 'packs', 'settings']);
    const assessments = set.services.assessments;
    await set.need(['assessments', 'checklistFiles']);
    expect(set.services.assessments).toBe(assessments);
  });

  it('makes nothing more once closed', async () => {
    const set = await openServices();
    set.close();
    await expect(set.need(['library'])).rejects.toMatchObject({ code: 'NEEDS_RECOVERY' });
    expect(madeNames(set)).toEqual([]);
  });
});
