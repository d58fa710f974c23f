import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/fixtures';
import { openConnectionChecked, type Db } from './connection';
import { DatabaseNeedsRecoveryError } from './errors';
import { writeDatabaseWithDamagedIndex } from './testing/damaged-index';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function folder(): string {
  const { dir, cleanup } = tempDir('cw-checked-');
  cleanups.push(cleanup);
  return dir;
}

function track(db: Db): Db {
  cleanups.unshift(() => db.close());
  return db;
}

describe('openConnectionChecked (the integrity check done on another thread)', () => {
  it('checks the file itself when the verdict from elsewhere is not "sound"', async () => {
    const file = join(folder(), 'damaged.sqlite');
    writeDatabaseWithDamagedIndex(file);
    const opening = openConnectionChecked(file, {}, Promise.resolve(false));
    await expect(opening).rejects.toBeInstanceOf(DatabaseNeedsRecoveryError);
    await expect(opening).rejects.toMatchObject({
      reason: 'corrupt',
      message: expect.stringContaining('row 1 missing from index t_a'),
    });
  });

  it('checks the file itself when no verdict comes from elsewhere', async () => {
    const file = join(folder(), 'damaged.sqlite');
    writeDatabaseWithDamagedIndex(file);
    await expect(openConnectionChecked(file, {})).rejects.toMatchObject({ reason: 'corrupt' });
  });

  it('takes a "sound" verdict instead of running the check a second time', async () => {
    // The damaged file shows it: only the full check would refuse it, and it is not run here.
    const file = join(folder(), 'damaged.sqlite');
    writeDatabaseWithDamagedIndex(file);
    const db = track(await openConnectionChecked(file, {}, Promise.resolve(true)));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('writes nothing and holds no lock before the verdict arrives', async () => {
    const file = join(folder(), 'sound.sqlite');
    const setup = new Database(file);
    setup.exec('CREATE TABLE t(a)');
    setup.close();
    const before = readFileSync(file);
    let give: (sound: boolean) => void = () => undefined;
    const verdict = new Promise<boolean>((resolve) => (give = resolve));
    const opening = openConnectionChecked(file, {}, verdict);
    await new Promise((resolve) => setImmediate(resolve));
    // Still the file as it was: not switched to WAL, no write probed.
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
    // And another connection can take the file for itself and write to it meanwhile.
    const other = new Database(file, { timeout: 0 });
    other.exec('BEGIN EXCLUSIVE');
    other.exec("INSERT INTO t VALUES ('written while the check ran')");
    other.exec('COMMIT');
    other.close();
    give(true);
    const db = track(await opening);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT a FROM t').pluck().all()).toEqual(['written while the check ran']);
  });
});
