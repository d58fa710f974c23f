import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { EventPayload } from '../../../shared/api/events';
import { toCsv } from '../../../shared/content/csv';
import {
  callOk,
  openTestWorkbench,
  progressEvents,
  tablesSnapshot,
  tempDir,
  writeSmallPack,
} from '../testing/fixtures';
import type { Workbench } from '../workbench';
import { SYSTEM_CHROMIUM } from '../reports/system-chromium';

// The register import and certificate rendering run as jobs in worker threads with their own
// connection to the same SQLite file: real file, real workers, real dispatch, real Chromium.

let workbench: Workbench;
let dataDir: string;
let sessionId: string;
let cleanups: (() => void)[] = [];

beforeEach(async () => {
  const resources = tempDir();
  const data = tempDir();
  cleanups.push(resources.cleanup, data.cleanup);
  writeSmallPack(resources.dir);
  dataDir = data.dir;
  workbench = await openTestWorkbench(data.dir, resources.dir);
  cleanups.unshift(() => workbench.close());
  ({ id: sessionId } = await callOk(workbench, 'sessions.create', {
    title: 'Dakar workshop',
    startDate: '2026-12-07',
    endDate: '2026-12-08',
    countries: ['SN'],
    preQuizId: null,
    postQuizId: null,
  }));
});
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

const COUNTRIES = ['SN', 'KE', 'VN', 'FR', 'BR'];

/** A register sheet of `count` distinct people, as the file picker sends it. */
function registerSheet(count: number) {
  const rows = Array.from({ length: count }, (_, n) => [
    `Participant ${n} Diallo`,
    `Office ${n % 17}`,
    COUNTRIES[n % COUNTRIES.length]!,
    'Prosecutor',
    n % 2 ? 'female' : 'male',
    `p${n}@example.org`,
  ]);
  const csv = toCsv([['Name', 'Organisation', 'Country', 'Role', 'Gender', 'E-mail'], ...rows]);
  return { fileName: 'register.csv', contentBase64: Buffer.from(csv).toString('base64') };
}

/** Every job.progress event of one kind, as they arrive. */
function progressOf(kind: string): EventPayload<'job.progress'>[] {
  const { seen, stop } = progressEvents(workbench, kind);
  cleanups.unshift(stop);
  return seen;
}

/** Every row of the tables the job writes, to compare before and after. */
const snapshot = () => tablesSnapshot(dataDir, ['people', 'session_participants', 'sessions']);

// Each job's worker compiles its TypeScript through tsx here: seconds per job on a busy machine.
describe('register import as a job', { timeout: 180_000 }, () => {
  it('previews, then imports 200 rows reporting each batch of rows', async () => {
    const file = registerSheet(200);
    const previewEvents = progressOf('register-preview');
    const preview = await callOk(workbench, 'sessions.previewRegister', { sessionId, file });
    expect(preview.fileProblem).toBeNull();
    expect(preview.rows).toHaveLength(200);
    expect(previewEvents.map((e) => e.step)).toEqual(['starting', 'reading', 'checking', 'done']);

    const events = progressOf('register-import');
    const imported = await callOk(workbench, 'sessions.importRegister', { sessionId, file });
    expect(imported).toEqual({ added: 200, matched: 0, skipped: [] });
    expect(new Set(events.map((e) => e.jobId)).size).toBe(1);
    const rows = events.filter((e) => e.step === 'rows');
    // One report per 25 rows (0, 25, …, 175) and one when all 200 are in.
    expect(rows.map((e) => e.current)).toEqual([0, 25, 50, 75, 100, 125, 150, 175, 200]);
    expect(rows.every((e) => e.total === 200 && !e.done)).toBe(true);
    expect(events.at(-1)).toMatchObject({ step: 'done', done: true });
    const session = await callOk(workbench, 'sessions.get', { id: sessionId });
    expect(session.participants).toHaveLength(200);
  });

  it('cancelled while adding rows, it leaves every table as it was', async () => {
    // Enough rows that the cancel lands well before the last batch.
    const file = registerSheet(20_000);
    await callOk(workbench, 'sessions.addParticipants', {
      sessionId,
      participants: [{ name: 'Awa Ndiaye', organisation: 'Ministry', country: 'SN' }],
    });
    const before = snapshot();
    let cancelAnswer: Promise<unknown> | null = null;
    const rowsSeen: number[] = [];
    cleanups.unshift(
      workbench.subscribe((event) => {
        if (event.name !== 'job.progress' || event.payload.kind !== 'register-import') return;
        if (event.payload.step !== 'rows') return;
        rowsSeen.push(event.payload.current);
        // Cancel once rows are being written inside the transaction.
        if (event.payload.current >= 50 && !cancelAnswer)
          cancelAnswer = workbench.dispatch('jobs.cancel', { jobId: event.payload.jobId });
      }),
    );
    const answer = await workbench.dispatch('sessions.importRegister', { sessionId, file });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'CANCELLED', message: expect.stringContaining('nothing was changed') },
    });
    expect(await cancelAnswer).toMatchObject({ ok: true, data: { cancelled: true } });
    expect(rowsSeen.some((n) => n >= 50)).toBe(true);
    expect(rowsSeen.at(-1)).toBeLessThan(20_000);
    expect(snapshot()).toBe(before);
    // The cancelled job let go of the database: the next import goes through.
    expect(
      await callOk(workbench, 'sessions.importRegister', { sessionId, file: registerSheet(30) }),
    ).toMatchObject({ added: 30, matched: 0 });
  });

  it('refuses a sheet that is not a register with a clear message, writing nothing', async () => {
    const before = snapshot();
    const file = {
      fileName: 'register.txt',
      contentBase64: Buffer.from('hello').toString('base64'),
    };
    const answer = await workbench.dispatch('sessions.importRegister', { sessionId, file });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('register.txt') },
    });
    expect(snapshot()).toBe(before);
  });
});

describe.skipIf(!existsSync(SYSTEM_CHROMIUM))('certificates as a job', { timeout: 180_000 }, () => {
  async function registerPeople(count: number): Promise<void> {
    await callOk(workbench, 'sessions.addParticipants', {
      sessionId,
      participants: Array.from({ length: count }, (_, n) => ({
        name: `Participant ${n}`,
        organisation: 'Ministry of Justice',
        country: 'SN',
      })),
    });
  }

  it('reports each certificate as it is laid out, then each stage of printing', async () => {
    await registerPeople(6);
    const events = progressOf('certificates');
    const result = await callOk(workbench, 'certificates.render', { sessionId, language: 'en' });
    expect(result.certificates).toBe(6);
    expect(Buffer.from(result.contentBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(events.map((e) => `${e.step} ${e.current}/${e.total}`)).toEqual([
      'starting 0/1',
      ...[1, 2, 3, 4, 5, 6].map((n) => `certificate ${n}/9`),
      'open 7/9',
      'load 8/9',
      'print 9/9',
      'done 1/1',
    ]);
  });

  it('stops at once when cancelled, and the next export still works', async () => {
    await registerPeople(40);
    const before = snapshot();
    let cancelAnswer: Promise<unknown> | null = null;
    cleanups.unshift(
      workbench.subscribe((event) => {
        if (event.name !== 'job.progress' || event.payload.kind !== 'certificates') return;
        if (event.payload.step === 'certificate' && !cancelAnswer)
          cancelAnswer = workbench.dispatch('jobs.cancel', { jobId: event.payload.jobId });
      }),
    );
    const answer = await workbench.dispatch('certificates.render', { sessionId, language: 'en' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(await cancelAnswer).toMatchObject({ ok: true, data: { cancelled: true } });
    expect(snapshot()).toBe(before);
    const out = tempDir();
    cleanups.push(out.cleanup);
    const { participants } = await callOk(workbench, 'sessions.get', { id: sessionId });
    const written = await callOk(workbench, 'certificates.export', {
      sessionId,
      path: join(out.dir, 'certificates.pdf'),
      participantIds: participants.slice(0, 2).map((p) => p.id),
    });
    expect(written).toMatchObject({ certificates: 2 });
  });
});
