import { afterEach, describe, expect, it } from 'vitest';
import {
  closeSync,
  copyFileSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  writeSync,
} from 'node:fs';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { listBackups, createBackup } from './backup';
import { openConnection, type Db } from './connection';
import { DatabaseNeedsRecoveryError } from './errors';
import { migrate, schemaVersion } from './migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations';
import { callOk, openTestWorkbench, tempDir, writeSmallPack } from '../testing/fixtures';
import { DATABASE_FILE_NAME, type Workbench } from '../workbench';
import { FIXTURE_DIR, FIXTURE_ROWS, fixtureFile } from './fixtures/rows';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

function freshDb(): { db: Db; dir: string; file: string } {
  const { dir, cleanup } = tempDir();
  const file = join(dir, 'test.sqlite');
  const db = openConnection(file);
  cleanups.push(() => db.open && db.close(), cleanup);
  return { db, dir, file };
}

function insertPack(db: Db, id: string, title: string): void {
  db.prepare(
    `INSERT INTO packs (id, version, language, instrument, title, content_hash, installed_at, updated_at)
     VALUES (?, '1.0.0', 'en', 'i', ?, 'h', 'now', 'now')`,
  ).run(id, title);
}

describe('migrations', () => {
  it('are numbered upwards in tens', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(versions.every((v) => v % 10 === 0)).toBe(true);
  });

  it('build the whole schema from an empty database, with no backup (there is nothing to keep)', async () => {
    const { db, dir } = freshDb();
    const result = await migrate(db, join(dir, 'backups'));
    expect(result).toEqual({ from: 0, to: LATEST_SCHEMA_VERSION, backupFile: null });
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual(
      expect.arrayContaining([
        'articles',
        'chapters',
        'packs',
        'provisions',
        'terms',
        'search_index',
      ]),
    );
  });

  it('upgrade an older database after backing it up, keeping its rows', async () => {
    const { db, dir } = freshDb();
    const backups = join(dir, 'backups');
    await migrate(db, backups);
    insertPack(db, 'p', 't');
    const next: Migration = {
      version: LATEST_SCHEMA_VERSION + 10,
      name: 'test-next',
      sql: 'ALTER TABLE packs ADD COLUMN note TEXT',
    };
    const result = await migrate(db, backups, [...MIGRATIONS, next]);
    expect(result.from).toBe(LATEST_SCHEMA_VERSION);
    expect(result.to).toBe(next.version);
    expect(result.backupFile && existsSync(result.backupFile)).toBe(true);
    expect(db.prepare('SELECT id, note FROM packs').all()).toEqual([{ id: 'p', note: null }]);
    const copy = openConnection(result.backupFile!, { readonly: true });
    expect(schemaVersion(copy)).toBe(LATEST_SCHEMA_VERSION);
    expect(copy.prepare('SELECT count(*) FROM packs').pluck().get()).toBe(1);
    copy.close();
  });

  it('roll back a failing migration whole, leaving the version where it was', async () => {
    const { db, dir } = freshDb();
    await migrate(db, join(dir, 'backups'));
    const broken: Migration = {
      version: LATEST_SCHEMA_VERSION + 10,
      name: 'broken',
      sql: 'CREATE TABLE half (x); SELECT * FROM no_such_table;',
    };
    await expect(migrate(db, join(dir, 'backups'), [...MIGRATIONS, broken])).rejects.toThrow(
      /no_such_table/,
    );
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(
      0,
    );
  });

  it('refuse a database from a newer version without changing it', async () => {
    const { db, dir } = freshDb();
    db.pragma('user_version = 990');
    await expect(migrate(db, join(dir, 'backups'))).rejects.toBeInstanceOf(
      DatabaseNeedsRecoveryError,
    );
    expect(schemaVersion(db)).toBe(990);
  });
});

describe('0020-assessments', () => {
  it('adds checklists to a library-only database, after a backup, keeping the library', async () => {
    const { db, dir } = freshDb();
    const backups = join(dir, 'backups');
    await migrate(
      db,
      backups,
      MIGRATIONS.filter((m) => m.version <= 10),
    );
    insertPack(db, 'uncc', 'The convention');
    const result = await migrate(
      db,
      backups,
      MIGRATIONS.filter((m) => m.version <= 20),
    );
    expect(result).toMatchObject({ from: 10, to: 20 });
    expect(result.backupFile).not.toBeNull();
    expect(db.prepare('SELECT title FROM packs').pluck().all()).toEqual(['The convention']);
    expect(db.prepare('SELECT count(*) FROM assessments').pluck().get()).toBe(0);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});

describe('0030-sessions', () => {
  it('adds training sessions to a database with checklists, keeping them', async () => {
    const { db, dir } = freshDb();
    const backups = join(dir, 'backups');
    await migrate(
      db,
      backups,
      MIGRATIONS.filter((m) => m.version <= 20),
    );
    insertPack(db, 'uncc', 'The convention');
    db.prepare(
      `INSERT INTO assessments (id, country, title, date, pack_id, created_at, updated_at)
       VALUES ('a1', 'VN', 'Viet Nam', '2026-01-01', 'uncc', 'now', 'now')`,
    ).run();
    const result = await migrate(
      db,
      backups,
      MIGRATIONS.filter((m) => m.version <= 30),
    );
    expect(result).toMatchObject({ from: 20, to: 30, backupFile: expect.any(String) });
    expect(db.prepare('SELECT title FROM assessments').pluck().all()).toEqual(['Viet Nam']);
    expect(db.prepare('SELECT count(*) FROM sessions').pluck().get()).toBe(0);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});

describe('0050-pack-status', () => {
  it('gives installed packs an empty dated status, keeping them', async () => {
    const { db, dir } = freshDb();
    const backups = join(dir, 'backups');
    await migrate(
      db,
      backups,
      MIGRATIONS.filter((m) => m.version < 50),
    );
    insertPack(db, 'uncc', 'The convention');
    const result = await migrate(
      db,
      backups,
      MIGRATIONS.filter((m) => m.version <= 50),
    );
    expect(result).toMatchObject({ to: 50 });
    expect(db.prepare('SELECT title, status FROM packs').all()).toEqual([
      { title: 'The convention', status: null },
    ]);
  });
});

describe('0110-change-identity', () => {
  it('gives every history row a random change id and chains each item field in id order', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const file = join(dir, 'v30.sqlite');
    copyFileSync(fixtureFile(30), file);
    const db = openConnection(file);
    cleanups.push(() => db.open && db.close());
    await migrate(db, join(dir, 'backups'));
    const rows = db
      .prepare<
        [],
        {
          id: number;
          item_id: string | null;
          field: string;
          change_id: string;
          base_change_id: string | null;
          provision_id: string | null;
          origin: string;
        }
      >('SELECT * FROM assessment_history ORDER BY id')
      .all();
    expect(rows.length).toBeGreaterThan(1);
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(rows.every((r) => uuid.test(r.change_id) && r.origin === 'local')).toBe(true);
    expect(new Set(rows.map((r) => r.change_id)).size).toBe(rows.length);
    for (const row of rows.filter((r) => r.item_id !== null)) {
      const chain = rows.filter(
        (r) =>
          r.item_id === row.item_id &&
          r.field.replace(/^(undo|redo):/, '') === row.field.replace(/^(undo|redo):/, ''),
      );
      const before = chain.filter((r) => r.id < row.id).at(-1);
      expect(row.base_change_id).toBe(before?.change_id ?? null);
      expect(row.provision_id).not.toBeNull();
    }
    // A row written afterwards by code that names no change gets one from the trigger.
    const assessment = rows[0]!;
    db.prepare(
      `INSERT INTO assessment_history (assessment_id, batch, at, actor, field)
       SELECT assessment_id, 'b', 'now', 'me', 'imported' FROM assessment_history WHERE id = ?`,
    ).run(assessment.id);
    const added = db
      .prepare<[], string>('SELECT change_id FROM assessment_history ORDER BY id DESC LIMIT 1')
      .pluck()
      .get();
    expect(added).toMatch(uuid);
  });
});

describe('backups', () => {
  it('copy the live database with the online backup API and list newest first', async () => {
    const { db, dir } = freshDb();
    await migrate(db, join(dir, 'backups'));
    const seen: number[] = [];
    const first = await createBackup(db, join(dir, 'backups'), 'manual', (p) =>
      seen.push(p.current),
    );
    const second = await createBackup(db, join(dir, 'backups'), 'manual');
    expect(seen.length).toBeGreaterThan(0);
    expect(first.bytes).toBe(statSync(first.file).size);
    expect(listBackups(join(dir, 'backups')).map((b) => b.file)).toEqual([second.file, first.file]);
  });

  it('list nothing for a folder that does not exist', () => {
    expect(listBackups('/nonexistent/cw-backups')).toEqual([]);
  });
});

describe('opening a damaged file', () => {
  it('detects a database whose pages were overwritten, and leaves the file as it was', async () => {
    const { db, dir, file } = freshDb();
    await migrate(db, join(dir, 'backups'));
    const insert = { run: (id: string, title: string) => insertPack(db, id, title) };
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`p${i}`, 'x'.repeat(200));
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const size = statSync(file).size;
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(4096 * 3, 0xab), 0, 4096 * 3, Math.floor(size / 2 / 4096) * 4096);
    closeSync(fd);
    expect(() => openConnection(file)).toThrow(DatabaseNeedsRecoveryError);
    expect(statSync(file).size).toBe(size);
    expect(readdirSync(dir)).toContain('test.sqlite');
  });
});

/**
 * Schema versions that a released build wrote. Add a version here, with its fixture
 * (fixtures/make-fixtures.ts), when a build that writes it is released.
 */
const RELEASED_VERSIONS = [10, 20, 30];

describe('the migration matrix: a database of every released schema version', () => {
  /** A copy of the checked-in fixture as a data folder's database. */
  function dataDirWith(version: number): { dataDir: string; resources: string } {
    const data = tempDir();
    const resources = tempDir();
    cleanups.push(data.cleanup, resources.cleanup);
    writeSmallPack(resources.dir);
    copyFileSync(fixtureFile(version), join(data.dir, DATABASE_FILE_NAME));
    return { dataDir: data.dir, resources: resources.dir };
  }

  async function openApp(dataDir: string, resources: string): Promise<Workbench> {
    const workbench = await openTestWorkbench(dataDir, resources);
    cleanups.push(() => workbench.close());
    return workbench;
  }

  it('has one fixture for each released version', () => {
    expect(readdirSync(FIXTURE_DIR).filter((n) => n.endsWith('.sqlite'))).toEqual(
      RELEASED_VERSIONS.map((v) => `v${v}.sqlite`),
    );
  });

  it.each(RELEASED_VERSIONS)(
    'v%i opens in this version with every row it held',
    async (version) => {
      const original = new Database(fixtureFile(version), { readonly: true });
      expect(original.pragma('user_version', { simple: true })).toBe(version);
      original.close();

      const { dataDir, resources } = dataDirWith(version);
      const workbench = await openApp(dataDir, resources);
      expect(workbench.status()).toEqual({ state: 'ready' });
      const info = await callOk(workbench, 'system.info', {});
      expect(info.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
      // v10: the library a pack installed.
      expect(info.packs).toEqual([{ id: 'uncc', version: '1.0.0', title: 'Test pack' }]);
      const chapters = await callOk(workbench, 'library.listChapters', {});
      expect(chapters.map((c) => c.title)).toEqual(['General provisions', 'Criminalization']);
      expect((await callOk(workbench, 'library.getArticle', { number: 2 })).number).toBe(2);

      const checklists = await callOk(workbench, 'assessments.list', {});
      const sessions = await callOk(workbench, 'sessions.list', {});
      if (version < 20) {
        expect(checklists).toEqual([]);
        return;
      }
      // v20: settings and a checklist with an edited item and its history.
      const settings = await callOk(workbench, 'settings.get', {});
      expect(settings.organisation).toBe(FIXTURE_ROWS.organisation);
      expect(checklists.map((a) => a.title)).toEqual([FIXTURE_ROWS.assessment.title]);
      const checklist = await callOk(workbench, 'assessments.get', { id: checklists[0]!.id });
      expect(checklist.items[0]).toMatchObject(FIXTURE_ROWS.itemFields);
      const history = await callOk(workbench, 'assessments.history', {
        assessmentId: checklist.id,
      });
      expect(history.length).toBeGreaterThan(0);
      if (version < 30) {
        expect(sessions).toEqual([]);
        return;
      }
      // v30: a workshop with its participants.
      expect(sessions.map((s) => s.title)).toEqual([FIXTURE_ROWS.session.title]);
      const session = await callOk(workbench, 'sessions.get', { id: sessions[0]!.id });
      expect(session.participants.map((p) => p.name).sort()).toEqual(
        FIXTURE_ROWS.participants.map((p) => p.name).sort(),
      );
    },
  );

  it('refuses a file from a newer version and leaves its bytes as they were', async () => {
    const { dataDir, resources } = dataDirWith(RELEASED_VERSIONS.at(-1)!);
    const file = join(dataDir, DATABASE_FILE_NAME);
    // What a newer release would leave: WAL mode (as this app writes) and a higher version.
    const newer = new Database(file);
    newer.pragma('journal_mode = WAL');
    newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 10}`);
    newer.close();
    const before = readFileSync(file);

    const workbench = await openApp(dataDir, resources);
    expect(workbench.status()).toMatchObject({ state: 'recovery', reason: 'newer-version' });
    workbench.close();
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(join(dataDir, 'backups'))).toBe(false); // not even a backup was made
  });
});
