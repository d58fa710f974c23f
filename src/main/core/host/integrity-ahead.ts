// The database's integrity_check, run by the calling (serving) thread at start while the core
// thread boots and loads the first screen's modules. Until the core is ready that thread has
// nothing else to do (the desktop opens its window, the browser server says it is running,
// only after), so the check, the longest part of opening, stops adding to the core's start.
// It only reads, on a read-only connection of its own; the core takes its "sound" only, and
// checks the file itself on anything else (db/connection.ts, openConnectionChecked), so
// recovery decides exactly as before.
import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';

/**
 * Whether `file` passes integrity_check: false when it is missing (it is not created), locked,
 * unreadable or damaged, or SQLite cannot be loaded here. Loads better-sqlite3 on this thread
 * for this check alone (required, not imported: an ES import of the CommonJS package would also
 * start the CommonJS export scanner); everything else this thread asks of the database goes to
 * the core thread.
 */
export function checkIntegrityAhead(file: string, nativeBinding?: string): boolean {
  try {
    const Database = createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;
    const db = new Database(file, {
      readonly: true,
      fileMustExist: true,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
    try {
      return db.pragma('integrity_check', { simple: true }) === 'ok';
    } finally {
      // Closed before the verdict goes, so the core's first write never meets this reader.
      db.close();
    }
  } catch {
    return false;
  }
}
