/** What the crash-test worker tells its parent, one JSON object a line on stdout. */
export type WorkerOp =
  | { op: 'bulk'; group: number; value: string }
  | { op: 'pack'; version: string }
  | { op: 'backup' }
  | { op: 'restore' };

export type WorkerLine =
  | { t: 'ready'; state: string; message?: string }
  /** Printed before an operation starts: it may or may not have happened if the worker dies. */
  | { t: 'begin'; n: number; step: WorkerOp }
  /** Printed only after the operation's transaction (or file rename) has completed. */
  | { t: 'ack'; n: number; step: WorkerOp; file?: string }
  | { t: 'error'; n: number; step: WorkerOp; message: string };

/** The tracked checklist's items fall into this many groups; a bulk edit sets one whole group. */
export const GROUPS = 8;

/** The group an item belongs to, by its position in the checklist. */
export const groupOf = (index: number) => index % GROUPS;
