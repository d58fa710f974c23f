import { afterEach, describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { openConnection, type Db } from '../db/connection';
import { tempDir } from '../testing/fixtures';
import { createGroupCommit } from './group-commit';
import { createQuietCheckpoints } from './quiet-checkpoint';

// A real database file: a checkpoint shows as the main file growing by what the WAL held.

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

function database(): { db: Db; file: string } {
  const { dir, cleanup } = tempDir('cw-quiet-checkpoint-');
  const file = join(dir, 'test.sqlite');
  const db = openConnection(file);
  db.exec('CREATE TABLE answers (id INTEGER PRIMARY KEY, value BLOB NOT NULL)');
  db.pragma('wal_checkpoint(TRUNCATE)');
  cleanups.push(() => {
    if (db.open) db.close();
    cleanup();
  });
  return { db, file };
}

const size = (file: string) => statSync(file).size;
const BLOB = Buffer.alloc(16 * 1024, 7);
/** 1,200 pages and more: past the 1000 pages at which SQLite would checkpoint on its own. */
const ROWS = 320;

describe('quiet checkpoints while a room is open', () => {
  it('keeps checkpoints out of the commits, runs one once the room is quiet, and restores the default', async () => {
    const { db, file } = database();
    let checkpointed: () => void = () => undefined;
    const checkpoints = createQuietCheckpoints(db, {
      idleMs: 50,
      onCheckpoint: () => checkpointed(),
    });
    const commits = createGroupCommit(db, () => checkpoints.committed());
    const insert = db.prepare('INSERT INTO answers (value) VALUES (?)');
    const before = size(file);

    checkpoints.roomsOpen(true);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const quiet = new Promise<void>((resolve) => (checkpointed = resolve));
    // One commit per write, as answers arriving in separate turns would make.
    for (let i = 0; i < ROWS; i++) await commits.write(() => insert.run(BLOB));
    // Everything is still in the WAL: no commit paid for a checkpoint.
    expect(size(file)).toBe(before);
    expect(size(`${file}-wal`)).toBeGreaterThan(ROWS * BLOB.length);

    await quiet;
    expect(size(file)).toBeGreaterThan(ROWS * BLOB.length);

    checkpoints.roomsOpen(false);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
  });

  it('checkpoints at once when the last room closes, and leaves the default alone without rooms', async () => {
    const { db, file } = database();
    const checkpoints = createQuietCheckpoints(db, { idleMs: 60_000 });
    const commits = createGroupCommit(db, () => checkpoints.committed());
    const insert = db.prepare('INSERT INTO answers (value) VALUES (?)');
    checkpoints.roomsOpen(true);
    for (let i = 0; i < 20; i++) await commits.write(() => insert.run(BLOB));
    const held = size(file);
    checkpoints.roomsOpen(false);
    expect(size(file)).toBeGreaterThan(held + 20 * BLOB.length);

    // Without a room, commits do not arm the idle checkpoint and the setting stays as SQLite's.
    checkpoints.committed();
    checkpoints.soon();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
  });
});
