import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Handlers } from '../api/dispatch';
import { createDispatch, methodIn } from '../api/dispatch';
import { contract } from '../../../shared/api/contract';
import type { Envelope } from '../../../shared/api/envelope';
import type { SystemStatus } from '../../../shared/domain/system';
import { DATABASE_FILE_NAME } from '../workbench';
import { openTestWorkbench, tempDir, writeSmallPack } from '../testing/fixtures';
import { openConnection } from './connection';
import { migrate } from './migrate';

const NOBODY = 65534;
const CHILD = join(import.meta.dirname, 'testing', 'open-workbench.ts');
const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const canDropPrivileges = process.getuid?.() === 0;
// Each test starts a process that opens the app: give a busy machine all the time it needs.
const CHILD_TEST_TIMEOUT = 10 * 60_000;

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

interface ChildAnswer {
  status: SystemStatus;
  write: Envelope<unknown>;
}

/** A folder tree the unprivileged user can enter, with a small pack it can read. */
function sandbox(): { dir: string; resources: string } {
  const { dir, cleanup } = tempDir('cw-storage-');
  cleanups.push(cleanup);
  chmodSync(dir, 0o755);
  const resources = join(dir, 'resources');
  writeSmallPack(resources);
  return { dir, resources };
}

/** Opens a workbench in a child process running as the user "nobody" (uid 65534). */
function openAsNobody(dataDir: string, resources: string): ChildAnswer {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CHILD, dataDir, resources], {
    cwd: ROOT,
    uid: NOBODY,
    gid: NOBODY,
    encoding: 'utf8',
    env: { ...process.env, HOME: '/tmp' },
  });
  const line = result.stdout.trim().split('\n').at(-1) ?? '';
  if (result.status !== 0 || !line.startsWith('{')) {
    throw new Error(`the child failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace anywhere
  return JSON.parse(line) as ChildAnswer;
}

/** A data folder holding a complete database, made by root and given to nobody as told. */
async function seededDataDir(parent: string, resources: string): Promise<string> {
  const dataDir = join(parent, 'data');
  (await openTestWorkbench(dataDir, resources)).close();
  return dataDir;
}

describe.skipIf(!canDropPrivileges)(
  'read-only storage at start-up (child process dropped to uid nobody: root ignores permission bits)',
  { timeout: CHILD_TEST_TIMEOUT },
  () => {
    it('control: a folder nobody owns opens ready and takes writes', async () => {
      const { dir, resources } = sandbox();
      const dataDir = await seededDataDir(dir, resources);
      for (const name of ['', DATABASE_FILE_NAME]) chownSync(join(dataDir, name), NOBODY, NOBODY);
      const answer = openAsNobody(dataDir, resources);
      expect(answer.status).toEqual({ state: 'ready' });
      expect(answer.write.ok).toBe(true);
    });

    it('a data folder whose parent is not writable: recovery naming the parent folder', () => {
      const { dir, resources } = sandbox();
      const dataDir = join(dir, 'locked', 'data');
      mkdirSync(join(dir, 'locked'), { mode: 0o755 }); // root's: nobody cannot create in it
      const answer = openAsNobody(dataDir, resources);
      expect(answer.status).toMatchObject({ state: 'recovery', reason: 'read-only' });
      const message = (answer.status as { message: string }).message;
      expect(message).toContain(`cannot create its data folder ${dataDir}`);
      expect(message).toContain(join(dir, 'locked'));
      expect(answer.write).toMatchObject({ ok: false, error: { code: 'NEEDS_RECOVERY' } });
    });

    it('a read-only data folder holding a read-only database: recovery, not a crash', async () => {
      const { dir, resources } = sandbox();
      const dataDir = await seededDataDir(dir, resources);
      chmodSync(join(dataDir, DATABASE_FILE_NAME), 0o444);
      chmodSync(dataDir, 0o555);
      const answer = openAsNobody(dataDir, resources);
      expect(answer.status).toMatchObject({ state: 'recovery', reason: 'read-only' });
      expect((answer.status as { message: string }).message).toContain(
        `cannot write to ${dataDir}`,
      );
    });

    it('a read-only database in a writable folder: recovery at start-up, not ready-then-failing', async () => {
      const { dir, resources } = sandbox();
      const dataDir = await seededDataDir(dir, resources);
      const before = readFileSync(join(dataDir, DATABASE_FILE_NAME));
      chmodSync(join(dataDir, DATABASE_FILE_NAME), 0o444);
      chmodSync(dataDir, 0o777);
      const answer = openAsNobody(dataDir, resources);
      expect(answer.status).toMatchObject({ state: 'recovery', reason: 'read-only' });
      expect(answer.write).toMatchObject({ ok: false, error: { code: 'NEEDS_RECOVERY' } });
      expect(readFileSync(join(dataDir, DATABASE_FILE_NAME)).equals(before)).toBe(true);
    });
  },
);

describe('a write the disk refuses later', () => {
  it('answers STORAGE naming the folder, with no stack (a full disk simulated with PRAGMA max_page_count)', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const db = openConnection(join(dir, 'full.sqlite'));
    cleanups.push(() => db.close());
    await migrate(db, join(dir, 'backups'));
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);
    const logged: unknown[] = [];
    const handlers = {
      'settings.update': () => {
        db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(
          'padding',
          'x'.repeat(200_000),
        );
        return {};
      },
    } as unknown as Handlers;
    const dispatch = createDispatch((method) => methodIn(contract, handlers, method), {
      guard: () => null,
      checkOutput: false,
      log: (...args) => logged.push(args),
      dataFolder: dir,
    });
    const answer = await dispatch('settings.update', { organisation: 'x' });
    expect(answer).toEqual({
      ok: false,
      error: { code: 'STORAGE', message: expect.stringContaining(`The disk holding ${dir}`) },
    });
    expect(JSON.stringify(answer)).toContain('SQLITE_FULL');
    expect(JSON.stringify(logged)).not.toMatch(/\n\s+at /);
    expect(db.prepare("SELECT count(*) FROM settings WHERE key = 'padding'").pluck().get()).toBe(0);
  });

  it('a read-only SQLite error on a connection opened read-only answers STORAGE too', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const file = join(dir, 'ro.sqlite');
    new Database(file).close();
    const db = new Database(file, { readonly: true });
    cleanups.push(() => db.close());
    const handlers = {
      'settings.update': () => db.exec('CREATE TABLE t (x)'),
    } as unknown as Handlers;
    const answer = await createDispatch((method) => methodIn(contract, handlers, method), {
      guard: () => null,
      checkOutput: false,
      log: () => {},
      dataFolder: dir,
    })('settings.update', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'STORAGE' } });
    expect((answer as { error: { message: string } }).error.message).toContain(
      `cannot write to ${dir}`,
    );
  });
});
