import type { Db } from '../db/connection';

/** How many writes share one commit at most. */
export const GROUP_COMMIT = { maxWrites: 64 };

interface Queued {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for the live room's writes. With synchronous=FULL every commit is an fsync, and
 * one commit per answer cannot keep up with a room of hundreds answering within seconds: the
 * queue piles up and acknowledgements arrive seconds late. Here the writes that arrive in one
 * turn of the event loop share one transaction, committed right after that turn's input is read
 * (setImmediate: no added wait when the room is quiet; while a commit's fsync blocks, the next
 * answers pile up in the sockets and share the next commit). Each caller's promise settles only
 * after its transaction has committed, so nothing is acknowledged before it is on disk.
 *
 * Each write runs in its own savepoint inside the batch: a write that throws (a refused answer)
 * is rolled back alone and its promise rejects; the others still commit.
 */
export function createGroupCommit(db: Db, afterCommit: () => void = () => undefined) {
  let queue: Queued[] = [];
  let timer: ReturnType<typeof setImmediate> | null = null;

  function flush(): void {
    if (timer) clearImmediate(timer);
    timer = null;
    if (queue.length === 0) return;
    const batch = queue;
    queue = [];
    const outcomes: { ok: boolean; value: unknown }[] = [];
    try {
      db.transaction(() => {
        for (const item of batch) {
          try {
            // A nested better-sqlite3 transaction is a savepoint: a failure undoes this write only.
            outcomes.push({ ok: true, value: db.transaction(item.work)() });
          } catch (error) {
            outcomes.push({ ok: false, value: error });
          }
        }
      }).immediate();
    } catch (error) {
      // The commit itself failed (disk full, read-only): nothing of the batch is stored.
      for (const item of batch) item.reject(error);
      return;
    }
    afterCommit();
    batch.forEach((item, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) item.resolve(outcome.value);
      else item.reject(outcome.value);
    });
  }

  return {
    /** Runs `work` in the next group transaction; settles once that transaction has committed. */
    write<T>(work: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
        if (queue.length >= GROUP_COMMIT.maxWrites) flush();
        else timer ??= setImmediate(flush);
      });
    },
    /** Commits whatever waits now: before the room moves on, and before it closes. */
    flush,
  };
}

export type GroupCommit = ReturnType<typeof createGroupCommit>;
