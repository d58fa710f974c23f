import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { writeDatabaseWithDamagedIndex } from '../db/testing/damaged-index';
import { PROJECT_RESOURCES, tempDir } from '../testing/fixtures';
import { DATABASE_FILE_NAME } from '../workbench';
import { startCore } from './core-client';
import { checkIntegrityAhead } from './integrity-ahead';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function folder(): string {
  const { dir, cleanup } = tempDir('cw-ahead-');
  cleanups.push(cleanup);
  return dir;
}

describe('the integrity check the calling thread runs at start', () => {
  it('says sound for a sound file, and not for one only integrity_check finds damaged', async () => {
    const sound = join(folder(), 'sound.sqlite');
    const db = new Database(sound);
    db.exec("CREATE TABLE t(a); CREATE INDEX t_a ON t(a); INSERT INTO t VALUES ('x');");
    db.close();
    const damaged = join(folder(), 'damaged.sqlite');
    writeDatabaseWithDamagedIndex(damaged);
    const bytes = readFileSync(damaged);
    expect(checkIntegrityAhead(sound)).toBe(true);
    expect(checkIntegrityAhead(damaged)).toBe(false);
    // It only reads: the damaged file is as it was.
    expect(readFileSync(damaged).equals(bytes)).toBe(true);
  });

  it('says not sound for a missing or foreign file, and creates none', async () => {
    const dir = folder();
    const missing = join(dir, 'missing.sqlite');
    const foreign = join(dir, 'foreign.sqlite');
    writeFileSync(foreign, 'this is not sqlite '.repeat(400));
    expect(checkIntegrityAhead(missing)).toBe(false);
    expect(existsSync(missing)).toBe(false);
    expect(checkIntegrityAhead(foreign)).toBe(false);
  });

  it('says not sound when SQLite cannot be loaded here', async () => {
    const sound = join(folder(), 'sound.sqlite');
    new Database(sound).close();
    expect(checkIntegrityAhead(sound, join(folder(), 'no-such-binding.node'))).toBe(false);
  });

  it('leaves recovery to the core as before: damage it finds puts the core in recovery', async () => {
    const dataDir = folder();
    writeDatabaseWithDamagedIndex(join(dataDir, DATABASE_FILE_NAME));
    const core = startCore({
      dataDir,
      resourcesDir: PROJECT_RESOURCES,
      shell: 'browser',
      appVersion: 't',
    });
    cleanups.push(() => core.close());
    await core.ready;
    expect(core.status()).toMatchObject({
      state: 'recovery',
      reason: 'corrupt',
      message: expect.stringContaining('row 1 missing from index t_a'),
    });
    expect(await core.dispatch('library.stats', {})).toMatchObject({
      ok: false,
      error: { code: 'NEEDS_RECOVERY' },
    });
  });
});
