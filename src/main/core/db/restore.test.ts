import { afterEach, describe, expect, it } from 'vitest';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo, SystemStatus } from '../../../shared/domain/system';
import { DATABASE_FILE_NAME, type Workbench } from '../workbench';
import { callOk, openTestWorkbench, tempDir, writeSmallPack } from '../testing/fixtures';
import { listBackups } from './backup';
import { LATEST_SCHEMA_VERSION } from './migrations';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

async function open(dataDir: string, resources: string): Promise<Workbench> {
  const workbench = await openTestWorkbench(dataDir, resources);
  cleanups.push(() => workbench.close());
  return workbench;
}

async function setup() {
  const data = tempDir();
  const resources = tempDir();
  cleanups.push(data.cleanup, resources.cleanup);
  writeSmallPack(resources.dir);
  const workbench = await open(data.dir, resources.dir);
  return { workbench, dataDir: data.dir, resources: resources.dir };
}

const organisation = async (workbench: Workbench) =>
  (await callOk(workbench, 'settings.get', {})).organisation;

async function backUpAs(workbench: Workbench, name: string): Promise<BackupInfo> {
  await callOk(workbench, 'settings.update', { organisation: name });
  return callOk(workbench, 'system.backup', {});
}

describe('backups', () => {
  it('are written under a hidden name and only appear once complete and checked', async () => {
    const { workbench, dataDir } = await setup();
    const backupDir = join(dataDir, 'backups');
    const info = await backUpAs(workbench, 'first');
    expect(readdirSync(backupDir)).toEqual([info.file.slice(backupDir.length + 1)]);
    const copy = new Database(info.file, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete'); // one self-contained file
    copy.close();
  });

  it('left half-written by a crash are never listed and are removed at the next start', async () => {
    const { workbench, dataDir, resources } = await setup();
    const backupDir = join(dataDir, 'backups');
    const good = await backUpAs(workbench, 'good');
    const half = readFileSync(good.file).subarray(0, 4096);
    const partial = join(backupDir, '.workbench-20990101T000000000Z-manual.sqlite.partial');
    writeFileSync(partial, half);
    // What a version that wrote straight to the final name left when killed: 0 bytes.
    writeFileSync(join(backupDir, 'workbench-20990101T000000001Z-manual.sqlite'), '');
    expect(listBackups(backupDir).map((b) => b.file)).toEqual([good.file]);
    workbench.close();
    await open(dataDir, resources);
    expect(readdirSync(backupDir)).not.toContain(partial.slice(backupDir.length + 1));
  });
});

describe('restoring', () => {
  it('the newest backup when it is damaged falls back to the next good one and says so', async () => {
    const { workbench, dataDir } = await setup();
    const older = await backUpAs(workbench, 'older');
    const newer = await backUpAs(workbench, 'newer');
    truncateSync(newer.file, Math.floor(statSync(newer.file).size / 2)); // header intact, pages gone
    await callOk(workbench, 'settings.update', { organisation: 'live' });

    const status = (await callOk(workbench, 'system.restoreBackup', {})) as SystemStatus;
    expect(status.state).toBe('ready');
    expect(status).toMatchObject({
      notice: expect.stringMatching(
        new RegExp(`Restored ${older.file}.*passed over: ${newer.file}`),
      ),
    });
    expect(await organisation(workbench)).toBe('older');
    const kept = readdirSync(dataDir).filter((n) =>
      n.startsWith(`${DATABASE_FILE_NAME}.replaced-`),
    );
    expect(kept).toHaveLength(1);
    const original = new Database(join(dataDir, kept[0]!), { readonly: true });
    expect(
      original.prepare("SELECT value FROM settings WHERE key = 'organisation'").pluck().get(),
    ).toContain('live');
    original.close();
  });

  it('a chosen backup that fails the check changes nothing', async () => {
    const { workbench, dataDir } = await setup();
    const backup = await backUpAs(workbench, 'backed up');
    truncateSync(backup.file, 8192);
    await callOk(workbench, 'settings.update', { organisation: 'live' });
    const answer = await workbench.dispatch('system.restoreBackup', { file: backup.file });
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'NOT_FOUND',
        message: expect.stringContaining('The database was not changed'),
      },
    });
    expect(workbench.status()).toEqual({ state: 'ready' });
    expect(await organisation(workbench)).toBe('live');
    expect(readdirSync(dataDir).some((n) => n.includes('.replaced-'))).toBe(false);
  });

  it('puts the original back when the restored file will not open', async () => {
    const { workbench, dataDir } = await setup();
    await callOk(workbench, 'settings.update', { organisation: 'live' });
    // Passes integrity_check and the version check, but holds none of the app's tables.
    mkdirSync(join(dataDir, 'backups'));
    const hollow = join(dataDir, 'backups', 'workbench-20990101T000000000Z-manual.sqlite');
    const db = new Database(hollow);
    db.exec('CREATE TABLE unrelated (x)');
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION}`);
    db.close();

    const answer = await workbench.dispatch('system.restoreBackup', {});
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'NEEDS_RECOVERY', message: expect.stringContaining('put back as it was') },
    });
    expect(workbench.status()).toEqual({ state: 'ready' });
    expect(await organisation(workbench)).toBe('live');
  });
});

describe('a database file at start-up', () => {
  it('of 0 bytes goes to recovery (it is damage, not a new database), untouched', async () => {
    const { workbench, dataDir, resources } = await setup();
    workbench.close();
    writeFileSync(join(dataDir, DATABASE_FILE_NAME), '');
    const reopened = await open(dataDir, resources);
    expect(reopened.status()).toMatchObject({
      state: 'recovery',
      reason: 'corrupt',
      message: expect.stringContaining('is empty (0 bytes)'),
    });
    expect(statSync(join(dataDir, DATABASE_FILE_NAME)).size).toBe(0);
  });
});
