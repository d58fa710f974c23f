import type { Db } from '../db/connection';

/** SQLite's own default: a checkpoint inside the commit that takes the WAL past 1000 pages. */
const DEFAULT_AUTOCHECKPOINT = 1000;

export interface QuietCheckpointOptions {
  /** A checkpoint runs once no room has committed for this long. */
  idleMs?: number;
  /** Told after each checkpoint this module runs (tests wait on it). */
  onCheckpoint?: () => void;
}

/**
 * While a live room is open, WAL checkpoints move out of the answers' commits. SQLite's automatic
 * checkpoint runs inside the commit that takes the WAL past 1000 pages, so one unlucky batch of
 * answers waits for the whole WAL to be copied into the database (and fsynced) before it is
 * acknowledged. Here automatic checkpoints are off while any room is open, and a passive one
 * runs in quiet moments instead: when the facilitator moves the room on, and after `idleMs`
 * without a commit. When the last room closes, the default comes back and a checkpoint runs at
 * once, so closing and backups find the database as usual (closing the connection checkpoints
 * too, whatever this setting).
 */
export function createQuietCheckpoints(db: Db, options: QuietCheckpointOptions = {}) {
  const idleMs = options.idleMs ?? 1000;
  let held = false;
  let idle: ReturnType<typeof setTimeout> | null = null;

  function checkpoint(): void {
    if (idle) clearTimeout(idle);
    idle = null;
    if (!db.open) return;
    // PASSIVE: copies what it can without waiting for readers or blocking writers.
    db.pragma('wal_checkpoint(PASSIVE)');
    options.onCheckpoint?.();
  }

  return {
    /** Whether any room is open: automatic checkpoints off while one is, back on after. */
    roomsOpen(open: boolean): void {
      if (open === held || !db.open) return;
      held = open;
      db.pragma(`wal_autocheckpoint = ${open ? 0 : DEFAULT_AUTOCHECKPOINT}`);
      if (!open) checkpoint();
    },
    /** After each room commit: the idle checkpoint waits for the room to go quiet again. */
    committed(): void {
      if (!held) return;
      if (idle) clearTimeout(idle);
      idle = setTimeout(checkpoint, idleMs);
      idle.unref();
    },
    /** A quiet moment (the facilitator moved on): checkpoint once the current turn is done. */
    soon(): void {
      if (held) setImmediate(() => (held ? checkpoint() : undefined));
    },
  };
}

export type QuietCheckpoints = ReturnType<typeof createQuietCheckpoints>;
