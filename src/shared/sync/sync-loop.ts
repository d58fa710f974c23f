import type { ChangeDraft, SyncChange } from './change';
import type { PullResponse, PushResult } from './protocol';

/** What a sync needs of a machine's change log: the in-memory SyncReplica or the desktop's SQLite. */
export interface SyncReplicaLike {
  pending(limit?: number): ChangeDraft[];
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

export interface SyncSummary {
  pushed: number;
  pulled: number;
  conflicts: number;
}

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
  let pushed = 0;
  for (let next = replica.pending(batch); next.length > 0; next = replica.pending(batch)) {
    const result = await transport.push(next);
    if (result.results.length !== next.length)
      throw new Error(`The hub answered ${result.results.length} of ${next.length} changes.`);
    replica.acknowledge(result);
    pushed += next.length;
    options.onProgress?.({ step: 'push', current: pushed, total });
  }
  let pulled = 0;
  for (;;) {
    const page = await transport.pull(replica.lastSeq, batch);
    pulled += replica.receive(page.changes);
    replica.lastSeq = Math.max(replica.lastSeq, page.next);
    options.onProgress?.({ step: 'pull', current: pulled, total: null });
    if (!page.more) break;
  }
  return { pushed, pulled, conflicts: replica.conflicts().length };
}
