import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, openSync, readdirSync, writeSync, closeSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listBackups, createBackup } from './backup';
import { openConnection, type Db } from './connection';
import { DatabaseNeedsRecoveryError } from './errors';
import { migrate, schemaVersion } from './migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations';
import { tempDir } from '../testing/fixtures';

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
    const result = await migrate(db, backups);
    expect(result).toMatchObject({
      from: 20,
      to: LATEST_SCHEMA_VERSION,
      backupFile: expect.any(String),
    });
    expect(db.prepare('SELECT title FROM assessments').pluck().all()).toEqual(['Viet Nam']);
    expect(db.prepare('SELECT count(*) FROM sessions').pluck().get()).toBe(0);
    expect(db.pragma('foreign_key_check')).toEqual([]);
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
