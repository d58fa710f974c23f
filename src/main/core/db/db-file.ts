import { closeSync, fsyncSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import { Database } from './sqlite';

/** The first 16 bytes of every SQLite 3 database file. */
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * A cheap look at a file's first bytes: is it non-empty and does it start like a SQLite
 * database? Enough to keep a half-written or foreign file out of a list; not a full check.
 */
export function hasDatabaseHeader(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    const head = Buffer.alloc(SQLITE_MAGIC.length);
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(SQLITE_MAGIC);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a file's bytes to the disk, so a rename after it never exposes an unwritten file. */
export function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Flushes a folder's entries, so a rename in it survives a power cut. Windows cannot open a
 * folder as a file (and commits renames itself): there it is skipped.
 */
export function fsyncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Removes a database file together with the journal files SQLite may have left beside it. */
export function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}

/** What is wrong with a database file, in words for the user (no file contents). */
export class DatabaseFileProblem extends Error {
  override name = 'DatabaseFileProblem';
}

export interface DatabaseFileCheck {
  /** The schema version (user_version) the file was written at. */
  version: number;
}

/**
 * Proves that a database file of our own making (a backup being written, a restore being
 * prepared) is whole: not empty, a SQLite file, integrity_check ok, and a schema version this
 * app can open. Optionally turns the file into a single self-contained file (journal_mode
 * DELETE), so it can later be opened or copied without -wal/-shm files beside it.
 * Throws DatabaseFileProblem saying what is wrong; storage errors (EACCES, SQLITE_FULL…) pass as they are.
 */
export function checkDatabaseFile(
  file: string,
  limits: { maxVersion: number; selfContained?: boolean },
): DatabaseFileCheck {
  const size = statSync(file).size;
  if (size === 0) throw new DatabaseFileProblem('the file is empty (0 bytes)');
  if (!hasDatabaseHeader(file)) throw new DatabaseFileProblem('the file is not a SQLite database');
  let db: BetterSqlite3.Database;
  try {
    db = new Database(file, { fileMustExist: true });
  } catch (error) {
    throw new DatabaseFileProblem(`the file cannot be opened (${(error as Error).message})`);
  }
  try {
    if (limits.selfContained) db.pragma('journal_mode = DELETE');
    const first = (
      db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[]
    )[0]?.integrity_check;
    if (first !== 'ok')
      throw new DatabaseFileProblem(`integrity_check failed (${first ?? 'no answer'})`);
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version <= 0)
      throw new DatabaseFileProblem('the file holds no Convention Workbench data (schema 0)');
    if (version > limits.maxVersion) {
      throw new DatabaseFileProblem(
        `it was written by a newer version of the app (schema ${version}; this version knows up to ${limits.maxVersion})`,
      );
    }
    return { version };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT')
      throw new DatabaseFileProblem(`the file is damaged (${(error as Error).message})`);
    throw error;
  } finally {
    db.close();
  }
}
