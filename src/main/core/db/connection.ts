import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { fsyncFolder, removeDatabaseFiles } from './db-file';
import { DatabaseNeedsRecoveryError } from './errors';
import { Database } from './sqlite';
import { storageAdvice, storageReason } from './storage-errors';

export type Db = BetterSqlite3.Database;

export interface OpenOptions {
  /** Path to an Electron-ABI better_sqlite3.node; the Node build in node_modules otherwise. */
  nativeBinding?: string | undefined;
  readonly?: boolean;
}

/**
 * The recovery error for a failure at start-up that the disk caused (read-only, full), naming
 * the folder and what to do; null for any other error.
 */
export function storageRecoveryError(
  error: unknown,
  folder: string,
): DatabaseNeedsRecoveryError | null {
  if (error instanceof DatabaseNeedsRecoveryError) return error;
  const reason = storageReason(error);
  return reason ? new DatabaseNeedsRecoveryError(reason, storageAdvice(reason, folder)) : null;
}

/**
 * Creates a new, empty database under a temporary name and renames it into place once its
 * header is on disk: a crash while creating never leaves a 0-byte file under the real name
 * (which start-up treats as damage).
 */
function createDatabaseFile(file: string, options: OpenOptions): void {
  const folder = dirname(file);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    const reason = storageReason(error);
    if (!reason) throw error;
    throw new DatabaseNeedsRecoveryError(
      reason,
      `Convention Workbench cannot create its data folder ${folder}. ${storageAdvice(reason, dirname(folder))}`,
    );
  }
  const creating = `${file}.creating`;
  removeDatabaseFiles(creating);
  const db = new Database(creating, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    db.pragma('journal_mode = WAL'); // writes the header: the file is a database from here on
  } finally {
    db.close();
  }
  renameSync(creating, file);
  fsyncFolder(folder);
}

/**
 * Proves the connection can write. SQLite quietly opens a file it may not write read-only,
 * and even BEGIN IMMEDIATE succeeds then: only a real write tells, done here inside a
 * transaction that is rolled back, so nothing changes.
 */
function probeWrite(db: Db): void {
  db.exec('BEGIN IMMEDIATE');
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    db.pragma(`user_version = ${version}`);
  } finally {
    db.exec('ROLLBACK');
  }
}

/**
 * Checks what may be opened and creates a missing file (not when read-only); says whether it
 * created it. An empty file (0 bytes) or a disk refusing raises DatabaseNeedsRecoveryError.
 */
function prepareFile(file: string, options: OpenOptions): boolean {
  try {
    const create = !options.readonly && !existsSync(file);
    if (create) createDatabaseFile(file, options);
    if (statSync(file).size === 0) {
      throw new DatabaseNeedsRecoveryError(
        'corrupt',
        `The database file ${file} is empty (0 bytes): it was cut short, for instance by a crash while it was being copied.`,
      );
    }
    return create;
  } catch (error) {
    throw storageRecoveryError(error, dirname(file)) ?? error;
  }
}

function openFile(file: string, options: OpenOptions): Db {
  try {
    return new Database(file, {
      readonly: options.readonly ?? false,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (error) {
    const storage = storageRecoveryError(error, dirname(file));
    if (storage) throw storage;
    throw new DatabaseNeedsRecoveryError(
      'unreadable',
      `The database file ${file} could not be opened: ${(error as Error).message}.`,
    );
  }
}

function checkIntegrity(db: Db, file: string): void {
  const problems = db.pragma('integrity_check', { simple: false }) as {
    integrity_check: string;
  }[];
  const first = problems[0]?.integrity_check;
  if (first !== 'ok') {
    throw new DatabaseNeedsRecoveryError(
      'corrupt',
      `The database file ${file} is damaged (${problems.length} problem(s), first: ${first ?? 'unknown'}).`,
    );
  }
}

/**
 * Runs `check`, then gives the connection the settings every connection needs; on any failure
 * the connection is closed and the error becomes DatabaseNeedsRecoveryError where it says the
 * file or the disk is at fault.
 */
function settle(db: Db, file: string, options: OpenOptions, check: () => void): Db {
  try {
    check();
    if (!options.readonly) {
      probeWrite(db);
      db.pragma('journal_mode = WAL');
      // FULL: checklist edits and quiz answers are worth an fsync each (see DESIGN §6).
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (error) {
    db.close();
    const storage = storageRecoveryError(error, dirname(file));
    if (storage) throw storage;
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new DatabaseNeedsRecoveryError(
        'corrupt',
        `The file ${file} is not a readable Convention Workbench database (${(error as Error).message}).`,
      );
    }
    throw error;
  }
}

/**
 * Opens the database with the settings every connection needs and proves the file is sound
 * before anything reads from it. A file that is empty, not a database, or fails
 * integrity_check, or that this account may not write, raises DatabaseNeedsRecoveryError:
 * the caller decides, the file itself is never touched. A missing file is created.
 */
export function openConnection(file: string, options: OpenOptions = {}): Db {
  prepareFile(file, options);
  const db = openFile(file, options);
  return settle(db, file, options, () => checkIntegrity(db, file));
}

/**
 * openConnection whose integrity_check another thread may already have run, on its own
 * read-only connection, while this one waited (host/integrity-ahead.ts): the app's start then
 * loads its first modules during the check instead of after it. Without `soundElsewhere` it is
 * openConnection. Only a verdict of `true` for
 * the file as it was found is taken; a file created here, or a check that found a problem or
 * could not run, is checked here as openConnection would, so recovery decides exactly as
 * before. Nothing is written, and nothing read, before the verdict.
 */
export async function openConnectionChecked(
  file: string,
  options: OpenOptions,
  soundElsewhere?: Promise<boolean>,
): Promise<Db> {
  const created = prepareFile(file, options);
  const db = openFile(file, options);
  const sound = !created && soundElsewhere !== undefined && (await soundElsewhere);
  return settle(db, file, options, () => {
    if (!sound) checkIntegrity(db, file);
  });
}

/** Runs fn in one write transaction; the type says it writes. */
export function withTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}
