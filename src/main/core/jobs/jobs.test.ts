import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventPayload } from '../../../shared/api/events';
import type { PackFile } from '../../../shared/content/pack';
import { packContentHash } from '../content/install-pack';
import {
  callOk,
  openTestWorkbench,
  progressEvents,
  tablesSnapshot,
  tempDir,
  writeSmallPack,
} from '../testing/fixtures';
import { sampleQuestion, writeQuestionPack } from '../testing/question-pack';
import type { Workbench } from '../workbench';

// Long jobs run in worker threads with their own connection to the same SQLite file: these
// tests use a real file, real workers and the real dispatch.

let workbench: Workbench;
let dataDir: string;
let files: string;
let cleanups: (() => void)[] = [];

beforeEach(async () => {
  const resources = tempDir();
  const data = tempDir();
  const out = tempDir();
  cleanups.push(resources.cleanup, data.cleanup, out.cleanup);
  writeSmallPack(resources.dir);
  dataDir = data.dir;
  files = out.dir;
  workbench = await openTestWorkbench(data.dir, resources.dir);
  cleanups.unshift(() => workbench.close());
});
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

/** Every job.progress event of one kind, as they arrive. */
function progressOf(kind: string): EventPayload<'job.progress'>[] {
  const { seen, stop } = progressEvents(workbench, kind);
  cleanups.unshift(stop);
  return seen;
}

/** Every row of the tables the job writes, to compare before and after. */
const snapshot = () =>
  tablesSnapshot(dataDir, [
    'packs',
    'questions',
    'question_articles',
    'search_index',
    'articles',
    'provisions',
  ]);

// Each job's worker compiles its TypeScript through tsx here (not in the build): seconds per
// job on a busy machine, and some tests run three.
describe('long jobs in worker threads', { timeout: 180_000 }, () => {
  it('a pack import reports progress per article and per batch of questions while it runs', async () => {
    const path = join(files, 'uncc.json');
    await callOk(workbench, 'packs.export', { id: 'uncc', path });
    // The test pack again under another id and instrument, with 300 questions: a new pack.
    const file = JSON.parse(
      readFileSync(path, 'utf8').replaceAll('uncc', 'copy').replaceAll('Test instrument', 'Other'),
    ) as PackFile;
    const { format, formatVersion, contentHash: _old, signature: _sig, ...pack } = file;
    pack.questions = Array.from({ length: 300 }, (_, n) => sampleQuestion(n, 'copy'));
    writeFileSync(
      path,
      JSON.stringify({ format, formatVersion, contentHash: packContentHash(pack), ...pack }),
    );
    const events = progressOf('pack-import');
    let resolved = false;
    // Read the database as events arrive: while the job's transaction is open, the update is
    // not visible yet, which shows the events come during the transaction, not after it.
    const seenInside: number[] = [];
    cleanups.unshift(
      workbench.subscribe((event) => {
        if (event.name !== 'job.progress' || event.payload.step !== 'questions') return;
        void workbench.dispatch('packs.list', {}).then((answer) => {
          if (!answer.ok || resolved) return;
          const installed = (answer.data as { id: string }[]).some((p) => p.id === 'copy');
          if (!installed) seenInside.push(event.payload.current);
        });
      }),
    );
    const result = await callOk(workbench, 'packs.import', { path });
    resolved = true;
    expect(result).toMatchObject({ packId: 'copy', previousVersion: null });

    expect(events[0]).toMatchObject({ step: 'starting', current: 0, done: false });
    expect(new Set(events.map((e) => e.jobId)).size).toBe(1);
    const articleSteps = events.filter((e) => e.step === 'articles');
    expect(articleSteps).toHaveLength(3);
    expect(events.filter((e) => e.step === 'questions').length).toBeGreaterThanOrEqual(12);
    expect(events.length).toBeGreaterThanOrEqual(5);
    expect(events.at(-1)).toMatchObject({ current: events.at(-1)!.total, done: true });
    expect(seenInside.length).toBeGreaterThan(0);
  });

  it('answers reads while a long import runs, and cancelling it leaves the database as it was', async () => {
    const path = writeQuestionPack(files, 6000);
    const before = snapshot();
    const events = progressOf('pack-import');
    const reads: number[] = [];
    let jobDone = false;
    let cancelAnswer: Promise<unknown> | null = null;
    cleanups.unshift(
      workbench.subscribe((event) => {
        if (event.name !== 'job.progress' || event.payload.step !== 'questions') return;
        if (reads.length < 3) {
          const started = performance.now();
          void workbench.dispatch('library.search', { query: 'access' }).then((answer) => {
            if (answer.ok && !jobDone) reads.push(performance.now() - started);
          });
        }
        // Cancel once the job is well inside its transaction.
        if (event.payload.current >= 500 && !cancelAnswer)
          cancelAnswer = workbench.dispatch('jobs.cancel', { jobId: event.payload.jobId });
      }),
    );
    const answer = await workbench.dispatch('packs.import', { path });
    jobDone = true;
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'CANCELLED', message: expect.stringContaining('nothing was changed') },
    });
    expect(await cancelAnswer).toMatchObject({ ok: true, data: { cancelled: true } });
    expect(events.some((e) => e.step === 'questions')).toBe(true);
    expect(reads.length).toBeGreaterThan(0);
    console.log(
      `[jobs] reads during the import answered in ${reads.map((ms) => ms.toFixed(1)).join(', ')} ms`,
    );
    expect(snapshot()).toBe(before);
    // The cancelled job let go of the database: the next write goes through.
    await callOk(workbench, 'settings.update', { organisation: 'After the cancel' });
    expect(
      await callOk(workbench, 'packs.import', {
        path: writeQuestionPack(files, 30, { id: 'small' }),
      }),
    ).toMatchObject({ packId: 'small', unchanged: false });
  });

  it('answers a job that fails with a clear error, and nothing is written', async () => {
    const path = writeQuestionPack(files, 40);
    const file = JSON.parse(readFileSync(path, 'utf8')) as PackFile;
    file.questions[7]!.articles = [99];
    const { format, formatVersion, contentHash: _old, ...pack } = file;
    writeFileSync(
      path,
      JSON.stringify({ format, formatVersion, contentHash: packContentHash(pack), ...pack }),
    );
    const before = snapshot();
    const answer = await workbench.dispatch('packs.import', { path });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringMatching(/bulk.*99/) },
    });
    expect(snapshot()).toBe(before);
  });

  it('refuses to cancel a job that is not running', async () => {
    expect(await workbench.dispatch('jobs.cancel', { jobId: 'no-such-job' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringContaining('no-such-job') },
    });
  });
});
