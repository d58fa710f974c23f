// The database's integrity_check, run by the calling (serving) thread at start while the core
// thread boots and loads the first screen's modules. Until the core is ready that thread has
// nothing else to do (the desktop opens its window, the browser server says it is running,
// only after), so the check, the longest part of opening, stops adding to the core's start.
// It only reads, on a read-only connection of its own; the core takes its "sound" only, and
// checks the file itself on anything else (db/connection.ts, openConnectionChecked), so
// recovery decides exactly as before.

/**
 * Whether `file` passes integrity_check: false when it is missing (it is not created), locked,
 * unreadable or damaged, or SQLite cannot be loaded here. Loads better-sqlite3 on this thread
 * for this check alone; everything else the calling thread asks of the database goes to the
 * core thread.
 */
export async function checkIntegrityAhead(file: string, nativeBinding?: string): Promise<boolean> {
  try {
    const { default: Database } = await import('better-sqlite3');
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
