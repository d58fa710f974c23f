import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hubTestsUnavailable } from '../../../hub/testing';
import type { Workbench } from '../workbench';
import { callOk, PROJECT_RESOURCES, tempDir } from '../testing/fixtures';
import { startHubCluster, type HubCluster } from '../testing/hub-cluster';
import { writeQuestionPack } from '../testing/question-pack';
import { SYNC_INTERVAL_MS } from './sync-service';

if (hubTestsUnavailable) console.warn(`Sync-beside-jobs tests skipped: ${hubTestsUnavailable}`);

/** The bundled convention's instrument: the imported questions attach to its article 2. */
const INSTRUMENT = (
  JSON.parse(readFileSync(join(PROJECT_RESOURCES, 'packs', 'uncc', 'manifest.json'), 'utf8')) as {
    instrument: string;
  }
).instrument;

/**
 * A pack import (a worker holding its write transaction for seconds) on a real desktop core,
 * and its hub sync, started by the timer or by "Sync now" while the import runs: the core
 * thread must keep answering, and the sync must go through once the import is over.
 */
describe.skipIf(hubTestsUnavailable)('the hub sync beside a long job', { timeout: 180_000 }, () => {
  let cluster: HubCluster;
  const files = tempDir();

  beforeAll(async () => {
    cluster = await startHubCluster({ ticking: 'Viet Nam MPS', manual: 'Viet Nam MPS' });
    // Only the intervals are driven by the test (the sync's timer); every other timer is real.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  }, 120_000);
  afterAll(async () => {
    await cluster?.cleanup();
    vi.useRealTimers();
    files.cleanup();
  });

  /**
   * Imports 12,000 questions and, at the import's first batch (inside its transaction), does
   * `act`, then reads the installed packs. Returns that read (did it see the import's pack,
   * which only exists once its transaction commits; how long it took from before `act`), the
   * order of the import's end and the sync's steps, and how the sync ended.
   */
  async function duringImport(desktop: Workbench, act: () => void) {
    const path = writeQuestionPack(files.dir, 12_000, { instrument: INSTRUMENT });
    // Loaded before: the read during the import measures the thread, not a module's first load.
    await callOk(desktop, 'packs.list', {});
    const order: string[] = [];
    let read: Promise<{ sawPack: boolean; ms: number }> | null = null;
    let syncEnded: (step: string) => void = () => undefined;
    const ended = new Promise<string>((resolve) => (syncEnded = resolve));
    const stop = desktop.subscribe((event) => {
      if (event.name !== 'job.progress') return;
      const { kind, step, done } = event.payload;
      if (kind === 'sync') order.push(`sync ${step}`);
      if (kind === 'sync' && done) syncEnded(step);
      if (kind === 'pack-import' && done) order.push('import done');
      if (kind === 'pack-import' && step === 'questions' && !read) {
        const started = performance.now();
        act();
        read = desktop.dispatch('packs.list', {}).then((answer) => ({
          sawPack: answer.ok && (answer.data as { id: string }[]).some((p) => p.id === 'bulk'),
          ms: performance.now() - started,
        }));
      }
    });
    try {
      await callOk(desktop, 'packs.import', { path });
      const syncEnd = await ended;
      return { read: await read!, order, syncEnd };
    } finally {
      stop();
    }
  }

  /** The sync waited for the import and did all its work (push, pull) after it. */
  function expectSyncedAfterImport(order: string[], syncEnd: string) {
    expect(syncEnd).toBe('done');
    const importDone = order.indexOf('import done');
    expect(order.indexOf('sync waiting')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('sync waiting')).toBeLessThan(importDone);
    expect(order.findIndex((step) => step === 'sync push' || step === 'sync pull')).toBeGreaterThan(
      importDone,
    );
  }

  it('a timer tick during a pack import waits for it without holding the core thread, then syncs', async () => {
    const desktop = await cluster.desktop('ticking', 'Lan Nguyen');
    // Not sent yet: the next sync records its six header fields, a write.
    const { id } = await callOk(desktop, 'assessments.create', {
      country: 'VN',
      title: 'Edited while importing',
      chapters: ['I'],
    });

    const { read, order, syncEnd } = await duringImport(desktop, () =>
      vi.advanceTimersByTime(SYNC_INTERVAL_MS),
    );
    console.log(
      `[sync beside a job] tick then a read, during the import: ${read.ms.toFixed(1)} ms`,
    );
    // Answered while the import's transaction was still open, so the tick did not hold the thread.
    expect(read.sawPack).toBe(false);
    expectSyncedAfterImport(order, syncEnd);
    expect(await callOk(desktop, 'sync.status', {})).toMatchObject({
      unsent: 0,
      lastError: null,
      lastSyncAt: expect.any(String),
    });
    expect((await cluster.hubCount(id)).n).toBe(6);
  });

  it('"Sync now" during a pack import answers once the import is over; meanwhile the core answers', async () => {
    const desktop = await cluster.desktop('manual', 'Minh Tran');
    const { id } = await callOk(desktop, 'assessments.create', {
      country: 'VN',
      title: 'Synced by hand',
      chapters: ['I'],
    });

    let syncNow: ReturnType<Workbench['dispatch']> | null = null;
    const { read, order, syncEnd } = await duringImport(desktop, () => {
      syncNow = desktop.dispatch('sync.run', {});
    });
    console.log(
      `[sync beside a job] Sync now then a read, during the import: ${read.ms.toFixed(1)} ms`,
    );
    expect(read.sawPack).toBe(false);
    expectSyncedAfterImport(order, syncEnd);
    expect(await syncNow).toMatchObject({ ok: true, data: { pushed: 6, refused: [] } });
    expect((await cluster.hubCount(id)).n).toBe(6);
  });
});
