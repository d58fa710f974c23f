import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openConnection, type Db } from '../db/connection';
import { tempDir } from '../testing/fixtures';
import { createGroupCommit } from './group-commit';

// A real database file, and a second connection that sees only what is committed: the promise of
// a write must not settle before that second connection can read it.

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

function database(): { db: Db; reader: Database.Database } {
  const { dir, cleanup } = tempDir('cw-group-commit-');
  const file = join(dir, 'test.sqlite');
  const db = openConnection(file);
  db.exec('CREATE TABLE answers (id TEXT PRIMARY KEY, value TEXT NOT NULL)');
  const reader = new Database(file, { readonly: true });
  cleanups.push(() => {
    reader.close();
    db.close();
    cleanup();
  });
  return { db, reader };
}

describe('group commit', () => {
  it('stores writes that arrive together in one transaction, settling each after the commit', async () => {
    const { db, reader } = database();
    const commits = createGroupCommit(db);
    const insert = db.prepare('INSERT INTO answers (id, value) VALUES (?, ?)');
    let transactions = 0;
    const counted = db.transaction.bind(db);
    db.transaction = ((fn: () => unknown) => {
      if (!db.inTransaction) transactions++;
      return counted(fn);
    }) as Db['transaction'];
    const count = () =>
      (reader.prepare('SELECT count(*) AS n FROM answers').get() as { n: number }).n;
    const seenAtSettle: number[] = [];
    const writes = Array.from({ length: 10 }, (_, i) =>
      commits.write(() => insert.run(`a${i}`, 'x')).then(() => seenAtSettle.push(count())),
    );
    // Nothing is committed (or acknowledged) before the event loop turns.
    expect(count()).toBe(0);
    await Promise.all(writes);
    expect(seenAtSettle).toEqual(Array(10).fill(10));
    expect(transactions).toBe(1);
  });

  it('rolls back only the write that fails; the others of its batch commit', async () => {
    const { db, reader } = database();
    const commits = createGroupCommit(db);
    const insert = db.prepare('INSERT INTO answers (id, value) VALUES (?, ?)');
    const results = await Promise.allSettled([
      commits.write(() => insert.run('a', 'first')),
      commits.write(() => {
        insert.run('b', 'half-done');
        throw new Error('refused');
      }),
      commits.write(() => insert.run('a', 'duplicate')),
      commits.write(() => insert.run('c', 'third')),
    ]);
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'rejected',
      'rejected',
      'fulfilled',
    ]);
    expect(reader.prepare('SELECT id, value FROM answers ORDER BY id').all()).toEqual([
      { id: 'a', value: 'first' },
      { id: 'c', value: 'third' },
    ]);
  });

  it('commits at once when asked (the room moves on) and when a batch is full', async () => {
    const { db, reader } = database();
    const commits = createGroupCommit(db);
    const insert = db.prepare('INSERT INTO answers (id, value) VALUES (?, ?)');
    const pending = commits.write(() => insert.run('early', 'x'));
    commits.flush();
    expect(reader.prepare('SELECT count(*) AS n FROM answers').get()).toEqual({ n: 1 });
    await pending;
    const many = Array.from({ length: 64 }, (_, i) =>
      commits.write(() => insert.run(`m${i}`, 'x')),
    );
    // The 64th write filled the batch: committed without waiting for the event loop.
    expect(reader.prepare('SELECT count(*) AS n FROM answers').get()).toEqual({ n: 65 });
    await Promise.all(many);
  });
});
