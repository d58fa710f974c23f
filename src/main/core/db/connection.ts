import Database from 'better-sqlite3';
import { DatabaseNeedsRecoveryError } from './errors';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path to an Electron-ABI better_sqlite3.node; the Node build in node_modules otherwise. */
  nativeBinding?: string | undefined;
  readonly?: boolean;
}

/**
 * Opens the database with the settings every connection needs and proves the file is sound
 * before anything reads from it. A file that is not a database, or fails integrity_check,
 * raises DatabaseNeedsRecoveryError: the caller decides, the file itself is never touched.
 */
export function openConnection(file: string, options: OpenOptions = {}): Db {
  let db: Db;
  try {
    db = new Database(file, {
      readonly: options.readonly ?? false,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (error) {
    throw new DatabaseNeedsRecoveryError(
      'unreadable',
      `The database file ${file} could not be opened: ${(error as Error).message}.`,
    );
  }
  try {
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
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      // FULL: checklist edits and quiz answers are worth an fsync each (see DESIGN §6).
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (error) {
    db.close();
    if (error instanceof DatabaseNeedsRecoveryError) throw error;
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

/** Runs fn in one write transaction; the type says it writes. */
export function withTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}
