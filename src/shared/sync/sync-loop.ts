import type { ChangeDraft, SyncChange } from './change';
import type { PullResponse, PushResult } from './protocol';

/** What a sync needs of a machine's change log: the in-memory SyncReplica or the desktop's SQLite. */
export interface SyncReplicaLike {
  /** Unacknowledged changes, leaving out the checklists named in `skip`. */
  pending(limit?: number, skip?: ReadonlySet<string>): ChangeDraft[];
  acknowledge(result: PushResult): void;
  /** Keeps the pulled changes; returns how many were new. */
  receive(changes: readonly SyncChange[]): number;
  lastSeq: number;
  conflicts(): readonly unknown[];
}

/** How a machine reaches the hub: HTTP on the desktop, anything in tests. */
export interface SyncTransport {
  push(changes: ChangeDraft[]): Promise<PushResult>;
  pull(since: number, limit: number): Promise<PullResponse>;
}

export interface SyncProgress {
  step: 'push' | 'pull';
  current: number;
  total: number | null;
}

/** A checklist whose changes the hub would not take (no write access): they stay unsent. */
export interface RefusedChecklist {
  checklistId: string;
  message: string;
}

export interface SyncSummary {
  pushed: number;
  pulled: number;
  conflicts: number;
  refused: RefusedChecklist[];
}

/** The hub's 403: this organisation may not write a checklist in the batch. */
const forbidden = (error: unknown): error is Error =>
  error instanceof Error && (error as { status?: unknown }).status === 403;

/**
 * One sync: push what the hub has not acknowledged, in batches, then pull everything after the
 * last sequence seen. Each batch is acknowledged on its own, so a dropped connection costs at
 * most the batch in flight, which the next sync re-sends (the hub ignores a change it has).
 */
export async function syncOnce(
  replica: SyncReplicaLike,
  transport: SyncTransport,
  options: { batch?: number; onProgress?: (p: SyncProgress) => void } = {},
): Promise<SyncSummary> {
  const batch = options.batch ?? 1000;
  const total = replica.pending().length;
  const refused = new Map<string, string>();
  const skip = new Set<string>();
  let pushed = 0;
  const send = async (changes: ChangeDraft[]) => {
    const result = await transport.push(changes);
    if (result.results.length !== changes.length)
      throw new Error(`The hub answered ${result.results.length} of ${changes.length} changes.`);
    replica.acknowledge(result);
    pushed += changes.length;
    options.onProgress?.({ step: 'push', current: pushed, total });
  };
  const refuse = (checklistId: string, error: Error) => {
    skip.add(checklistId);
    refused.set(checklistId, error.message);
  };
  for (
    let next = replica.pending(batch, skip);
    next.length > 0;
    next = replica.pending(batch, skip)
  ) {
    try {
      await send(next);
    } catch (error) {
      // A refused batch is refused whole: find which checklist it was by sending each
      // checklist's part alone, keep the refused ones unsent and go on with the rest.
      if (!forbidden(error)) throw error;
      const checklists = [...new Set(next.map((c) => c.checklistId))];
      if (checklists.length === 1) refuse(checklists[0]!, error);
      else
        for (const checklistId of checklists)
          await send(next.filter((c) => c.checklistId === checklistId)).catch((e: unknown) => {
            if (!forbidden(e)) throw e;
            refuse(checklistId, e);
          });
    }
  }
  let pulled = 0;
  for (;;) {
    const page = await transport.pull(replica.lastSeq, batch);
    pulled += replica.receive(page.changes);
    replica.lastSeq = Math.max(replica.lastSeq, page.next);
    options.onProgress?.({ step: 'pull', current: pulled, total: null });
    if (!page.more) break;
  }
  return {
    pushed,
    pulled,
    conflicts: replica.conflicts().length,
    refused: [...refused].map(([checklistId, message]) => ({ checklistId, message })),
  };
}
