import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/envelope';
import type { PushEvent } from '../../../shared/api/events';
import type {
  SyncConflict,
  SyncOption,
  SyncStatus,
  SyncSummary,
} from '../../../shared/domain/sync';
import { hubClient, HubRequestError, type FetchLike } from '../../../shared/sync/hub-client';
import { syncOnce, type SyncReplicaLike, type SyncTransport } from '../../../shared/sync/sync-loop';
import type { FieldAddress } from '../../../shared/sync/change';
import type { Db } from '../db/connection';
import type { AssessmentStore } from '../assessments/assessment-store';
import type { StoredChange } from '../assessments/field-changes';
import type { SettingsStore } from '../settings-store';
import { jobProgress, type Progress } from '../jobs/progress';
import type { JobRunner } from '../jobs/job-runner';
import { createChangeLog } from './change-log';
import { gzipFetch } from './hub-fetch';

/** How often a configured desktop syncs by itself. */
export const SYNC_INTERVAL_MS = 5 * 60 * 1000;
/** Changes per push request and per pulled page (the hub takes up to 2000 and 5000). */
const BATCH = 1000;

const KEYS = {
  hubUrl: 'sync.hubUrl',
  token: 'sync.token',
  lastSeq: 'sync.lastSeq',
  lastSyncAt: 'sync.lastSyncAt',
  lastError: 'sync.lastError',
  refused: 'sync.refused',
} as const;

export interface SyncDeps {
  db: Db;
  assessments: AssessmentStore;
  settings: SettingsStore;
  emit: (event: PushEvent) => void;
  /** The running jobs: the sync writes only while none of them writes (see `writable`). */
  jobs: Pick<JobRunner, 'writing' | 'writersDone'>;
  /** The HTTP the client uses; tests pass one that drops a connection. */
  fetch?: FetchLike | undefined;
}

/** A hub failure as an API error in plain words; the token never appears in one. */
function explain(error: unknown, hubUrl: string): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof HubRequestError) {
    if (error.status === 401)
      return new AppError(
        'UNAUTHORIZED',
        "The hub refused this device's token: it was revoked or is not a valid token. Ask the hub's administrator for a new one and enter it in Settings → Sync.",
      );
    if (error.status === 403)
      return new AppError('UNAUTHORIZED', `The hub refused a change: ${error.message}`);
    if (error.status === 409) return new AppError('CONFLICT', error.message);
    return new AppError('UNAVAILABLE', `The hub answered with an error: ${error.message}`);
  }
  // fetch says only "fetch failed"; the cause says why (ECONNREFUSED, ENOTFOUND, bad port…).
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const reason =
    cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return new AppError(
    'UNAVAILABLE',
    `Cannot reach the hub at ${hubUrl} (${reason}). Your changes stay on this computer and go with the next sync.`,
  );
}

/**
 * The desktop's sync with a regional hub: push what the hub has not acknowledged, pull what
 * came after the last sequence, apply both by the hub's conflict rule. On demand and every few
 * minutes once configured. Only checklists travel: personal data, settings and the search
 * index never leave.
 */
export function createSyncService(deps: SyncDeps) {
  const { db, settings } = deps;
  const log = createChangeLog(db, deps.assessments);
  const read = db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck();
  const write = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  const remove = db.prepare('DELETE FROM settings WHERE key = ?');
  const get = (key: string) => read.get(key) ?? null;
  const set = (key: string, value: string | null) =>
    value === null ? remove.run(key) : write.run(key, value);
  const fetchLike = deps.fetch ?? gzipFetch();
  let running: Promise<SyncSummary> | null = null;
  let stopped = false;

  /**
   * Waits, without holding the thread, until no job writes: an import holds its write
   * transaction for seconds, and a write from here would wait on it synchronously, freezing
   * every API call (a Cancel too) till it ends. Awaited right before each group of writes: from
   * there to the writes only microtasks run, far less than a job's worker takes to start.
   */
  async function writable(progress?: Progress): Promise<void> {
    if (deps.jobs.writing()) {
      progress?.('waiting', 0, 1, false);
      await deps.jobs.writersDone();
    }
    if (stopped)
      throw new AppError(
        'UNAVAILABLE',
        'The workbench closed before the sync could run; your changes go with the next sync.',
      );
  }

  function connection() {
    const hubUrl = get(KEYS.hubUrl);
    const token = get(KEYS.token);
    if (!hubUrl || !token)
      throw new AppError(
        'VALIDATION',
        'Sync is not set up: enter the hub address and this device token in Settings → Sync.',
      );
    return { hubUrl, client: hubClient(hubUrl, token, fetchLike) };
  }

  async function runOnce(): Promise<SyncSummary> {
    const { hubUrl, client } = connection();
    const progress = jobProgress(deps.emit, 'sync');
    // Each answer from the hub is kept (acknowledged, applied) only once no job writes.
    const transport: SyncTransport = {
      push: (changes) =>
        client.push(changes).then(async (result) => (await writable(progress), result)),
      pull: (since, limit) =>
        client.pull(since, limit).then(async (page) => (await writable(progress), page)),
    };
    try {
      await writable(progress);
      log.baseline(settings.actor());
      const replica: SyncReplicaLike = {
        pending: (limit = -1, skip) => log.pending(limit, skip),
        acknowledge: (result) => log.acknowledge(result),
        get lastSeq() {
          return Number(get(KEYS.lastSeq) ?? 0);
        },
        set lastSeq(seq: number) {
          set(KEYS.lastSeq, String(seq));
        },
        receive: (changes) => log.receive(changes, (seq) => set(KEYS.lastSeq, String(seq))),
        conflicts: () => log.conflicts(),
      };
      const summary = await syncOnce(replica, transport, {
        batch: BATCH,
        onProgress: (p) => progress(p.step, p.current, p.total ?? p.current, false),
      });
      await writable(progress);
      set(KEYS.lastSyncAt, new Date().toISOString());
      set(KEYS.lastError, null);
      set(KEYS.refused, summary.refused.length > 0 ? JSON.stringify(summary.refused) : null);
      progress('done', 1, 1, true);
      return summary;
    } catch (error) {
      const failure = explain(error, hubUrl);
      // Kept for the status, unless the workbench is closing (nothing is written then).
      await writable().then(
        () => set(KEYS.lastError, failure.message),
        () => undefined,
      );
      progress('failed', 0, 1, true);
      throw failure;
    }
  }

  function run(): Promise<SyncSummary> {
    running ??= runOnce().finally(() => {
      running = null;
    });
    return running;
  }

  // A tick during an import does not skip its round: the run waits for the import (writable),
  // then syncs, rather than leaving the changes for the next tick, minutes later.
  const timer = setInterval(() => {
    if (get(KEYS.hubUrl) && get(KEYS.token) && !running) run().catch(() => undefined);
  }, SYNC_INTERVAL_MS);
  timer.unref();

  function option(change: StoredChange): SyncOption {
    return {
      changeId: change.changeId,
      value: change.newValue,
      actor: change.actor,
      organisation: change.organisation,
      at: change.clientTime,
      origin: change.origin,
    };
  }

  /** The checklists the last sync could not send, by title, with the hub's reason. */
  function refusedChecklists(): SyncStatus['refused'] {
    const stored = get(KEYS.refused);
    if (!stored) return [];
    const title = db
      .prepare<[string], string>('SELECT title FROM assessments WHERE id = ?')
      .pluck();
    return (JSON.parse(stored) as SyncSummary['refused']).map((r) => ({
      ...r,
      title: title.get(r.checklistId) ?? r.checklistId,
    }));
  }

  return {
    status(): SyncStatus {
      const hubUrl = get(KEYS.hubUrl) ?? '';
      const tokenSet = get(KEYS.token) !== null;
      return {
        hubUrl,
        tokenSet,
        configured: hubUrl !== '' && tokenSet,
        running: running !== null,
        lastSyncAt: get(KEYS.lastSyncAt),
        lastError: get(KEYS.lastError),
        unsent: log.unsentCount(),
        held: log.heldCount(),
        conflicts: log.conflicts().length,
        lastSeq: Number(get(KEYS.lastSeq) ?? 0),
        refused: refusedChecklists(),
      };
    },

    async configure(input: { hubUrl: string; token?: string | undefined }): Promise<SyncStatus> {
      const hubUrl = input.hubUrl.trim();
      if (hubUrl !== '') {
        let url: URL;
        try {
          url = new URL(hubUrl);
        } catch {
          throw new AppError('VALIDATION', `hubUrl: "${hubUrl}" is not a web address.`);
        }
        if (url.protocol !== 'https:' && url.protocol !== 'http:')
          throw new AppError('VALIDATION', 'hubUrl: the hub address starts with https://.');
      }
      await writable();
      const previous = get(KEYS.hubUrl);
      db.transaction(() => {
        set(KEYS.hubUrl, hubUrl || null);
        if (input.token !== undefined) set(KEYS.token, input.token.trim());
        if (hubUrl === '') set(KEYS.token, null);
        // Another hub numbers its changes anew: pull it from the start.
        if (previous !== (hubUrl || null)) set(KEYS.lastSeq, null);
        set(KEYS.lastError, null);
      })();
      return this.status();
    },

    run,

    conflicts(): SyncConflict[] {
      const titles = new Map(
        db
          .prepare<[], { id: string; title: string }>('SELECT id, title FROM assessments')
          .all()
          .map((a) => [a.id, a.title]),
      );
      const where = db.prepare<[string], { article_number: number; paragraph: string }>(
        'SELECT article_number, paragraph FROM provisions WHERE id = ?',
      );
      return log.conflicts().map(({ address, current, competing }) => {
        const provision = address.provisionId ? where.get(address.provisionId) : undefined;
        return {
          ...address,
          checklistTitle: titles.get(address.checklistId) ?? address.checklistId,
          articleNumber: provision?.article_number ?? null,
          paragraph: provision?.paragraph ?? null,
          current: current ? option(current) : null,
          options: competing.map(option),
        };
      });
    },

    /**
     * A person's decision: the chosen value as a change on top of what the field holds, naming
     * every competing change, sent to the hub at once. When the hub holds other competitors than
     * this machine knows, it refuses; we pull and the caller shows the conflict again.
     */
    async decide(address: FieldAddress & { changeId: string }): Promise<{ value: string | null }> {
      const { head, conflicts } = log.resolve(address);
      if (conflicts.length === 0)
        throw new AppError('CONFLICT', 'Nothing waits for a decision on this field any more.');
      const chosen = [head, ...conflicts].find((c) => c?.changeId === address.changeId);
      if (!chosen)
        throw new AppError(
          'NOT_FOUND',
          `Change ${address.changeId} is not one of the values competing for this field.`,
        );
      const { hubUrl, client } = connection();
      const decision = {
        changeId: randomUUID(),
        baseChangeId: head?.changeId ?? null,
        checklistId: address.checklistId,
        provisionId: address.provisionId,
        field: address.field,
        oldValue: head?.newValue ?? null,
        newValue: chosen.newValue,
        resolves: conflicts.map((c) => c.changeId),
        actor: settings.actor().slice(0, 200),
        clientTime: new Date().toISOString(),
      };
      try {
        const result = await client.decide(decision);
        await writable();
        log.recordDecision({ ...decision, hubSeq: result.hubSeq });
        return { value: chosen.newValue };
      } catch (error) {
        if (error instanceof HubRequestError && error.status === 409) {
          await run().catch(() => undefined);
          throw new AppError(
            'CONFLICT',
            'The competing values changed on the hub since they were shown: look at them again.',
          );
        }
        throw explain(error, hubUrl);
      }
    },

    stop(): void {
      stopped = true;
      clearInterval(timer);
    },
  };
}

export type SyncService = ReturnType<typeof createSyncService>;
