// The measured process of `npm run bench -- event-loop`: a browser-mode server whose core runs on
// its own thread (as `npm run serve` runs it) or, for comparison, on the serving thread (as before
// src/main/core/host), driven over HTTP and /events while the long jobs run. Its main thread is
// the serving thread; it loads only what `npm run serve` loads on it (the HTTP server, the core
// client) plus this driver, so a collection of that heap is the size the server's would be:
// run inside the bench's own process it also held the bench's other sections and the comparison
// run's whole core, and the V8 memory reducer's mark-compacts of that heap, started while the
// thread sat idle through the long PDF job, were counted as the server's blocks.
//   node --import tsx bench/event-loop-serve.ts <core thread|serving thread> <root> <pack file>
//     <pack file sent as bytes> <copies>
// prints a JSON line as each job starts and ends, then one with the JobResult list.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import WebSocket from 'ws';
import type { PushEvent } from '../src/shared/api/events';
import type { Workbench } from '../src/main/core/workbench';
import { startCore } from '../src/main/core/host/core-client';
import { startBrowserServer } from '../src/main/server/http-server';
import { blockProbe, type BlockCause } from './block-probe';

const TOKEN = 'bench-token-0123456789abcdef';
const REGISTER_ROWS = 2000;
const CERTIFICATES = 60;

export type Where = 'core thread' | 'serving thread';

export interface JobResult {
  name: string;
  totalMs: number;
  longestBlockMs: number;
  blockCause: BlockCause | null;
  /** The serving thread's heap in use as the job started, in MB. */
  heapMb: number;
  progressBeforeEnd: number;
  /** Of those, the ones that arrived before the last 5 % of the job: a bar that moved. */
  progressWhileRunning: number;
}

/** A register sheet (CSV) of `count` distinct people. */
function registerSheet(count: number): string {
  const countries = ['VN', 'KE', 'SN', 'FR', 'BR'];
  const lines = ['Name,Organisation,Country,Role,Gender,E-mail'];
  for (let n = 0; n < count; n++)
    lines.push(
      `Participant ${n},Office ${n % 17},${countries[n % 5]},Prosecutor,${n % 2 ? 'female' : 'male'},p${n}@example.org`,
    );
  return lines.join('\r\n');
}

async function openCore(where: Where, root: string, dataDir: string) {
  const options = {
    dataDir,
    resourcesDir: join(root, 'resources'),
    shell: 'browser' as const,
    appVersion: 'bench',
    checkOutput: false,
  };
  if (where === 'serving thread') {
    // Loaded only for the comparison run: the core on this thread, as before src/main/core/host.
    const { createWorkbench } = await import('../src/main/core/workbench');
    const workbench: Workbench = await createWorkbench(options);
    return { workbench, close: async () => workbench.close() };
  }
  // The built worker, exactly as `npm run serve` starts it.
  const core = startCore({
    ...options,
    entry: pathToFileURL(join(root, 'out/main/core-thread.js')),
  });
  await core.ready;
  return { workbench: core, close: () => core.close() };
}

/** Runs the long jobs against a fresh server whose core runs `where`. */
async function measure(
  where: Where,
  root: string,
  packFile: string,
  bytesPackFile: string,
  packCopies: string,
): Promise<JobResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'cw-bench-loop-'));
  const core = await openCore(where, root, join(dir, 'data'));
  const server = await startBrowserServer({
    workbench: core.workbench,
    rendererDir: join(root, 'out/renderer'),
    token: TOKEN,
    port: 0,
    tempDir: join(dir, 'tmp'),
  });
  const origin = new URL(server.url).origin;

  // Progress as a browser sees it: over the /events socket, counted until each job answers.
  const socket = new WebSocket(`${origin.replace('http', 'ws')}/events`);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  socket.send(TOKEN);
  let progressArrivals: number[] = [];
  socket.on('message', (data) => {
    if ((JSON.parse(String(data)) as PushEvent).name === 'job.progress')
      progressArrivals.push(performance.now());
  });

  const post = async <T>(method: string, body: string | Uint8Array): Promise<T> => {
    const response = await fetch(`${origin}/api/${method}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body,
    });
    const answer = (await response.json()) as
      { ok: true; data: T } | { ok: false; error: { message: string } };
    if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
    return answer.data;
  };
  const call = <T>(method: string, input: unknown): Promise<T> =>
    post<T>(method, JSON.stringify(input));

  const job = async (name: string, method: string, input: unknown): Promise<JobResult> => {
    // Encoded before the probe starts: a browser does that in its own process, not here.
    const body = Buffer.from(JSON.stringify(input));
    // Events of the setup calls still in flight are not counted against this job.
    await new Promise((resolve) => setTimeout(resolve, 50));
    progressArrivals = [];
    const heapMb = getHeapStatistics().used_heap_size / 1e6;
    // The bench's own process probes the machine while this job runs (see event-loop.ts).
    console.log(JSON.stringify({ job: name, event: 'start' }));
    const probe = blockProbe();
    const started = performance.now();
    await post(method, body);
    const totalMs = performance.now() - started;
    const { longestMs: longestBlockMs, cause: blockCause } = await probe.stop();
    console.log(JSON.stringify({ job: name, event: 'end' }));
    const early = started + 0.95 * totalMs;
    return {
      name,
      totalMs,
      longestBlockMs,
      blockCause,
      heapMb,
      progressBeforeEnd: progressArrivals.length,
      progressWhileRunning: progressArrivals.filter((at) => at < early).length,
    };
  };

  const certificatesJob = async () => {
    const sessionId = (await call<{ id: string }[]>('sessions.list', {}))[0]!.id;
    const { participants } = await call<{ participants: { id: string }[] }>('sessions.get', {
      id: sessionId,
    });
    return job(`certificates PDF (${CERTIFICATES} people)`, 'certificates.export', {
      sessionId,
      participantIds: participants.slice(0, CERTIFICATES).map((p) => p.id),
      path: join(dir, 'certificates.pdf'),
    });
  };

  try {
    // A checklist with every provision assessed, so the default report holds all 287 items.
    const { id } = await call<{ id: string }>('assessments.create', {
      country: 'VN',
      title: 'Benchmark checklist',
    });
    const checklist = await call<{ items: { id: string }[] }>('assessments.get', { id });
    await call('assessments.bulkUpdate', {
      assessmentId: id,
      itemIds: checklist.items.map((item) => item.id),
      fields: { result: 'partial', action: 'Draft the amendment and consult the agencies.' },
    });
    // A workshop and a register sheet of REGISTER_ROWS people; certificates for CERTIFICATES.
    const { id: sessionId } = await call<{ id: string }>('sessions.create', {
      title: 'Benchmark workshop',
      startDate: '2026-12-07',
      endDate: '2026-12-08',
      countries: ['VN'],
    });
    const registerFile = join(dir, 'register.csv');
    writeFileSync(registerFile, registerSheet(REGISTER_ROWS));
    const exportAs = (format: string) => ({
      assessmentId: id,
      format,
      path: join(dir, `checklist.${format}`),
    });
    return [
      await job(`pack import (bundled pack ×${packCopies})`, 'packs.import', { path: packFile }),
      // As a browser sends a picked file: its bytes in the body, above 1 MB, so through a file.
      await job(`pack import sent as bytes (bundled pack ×${packCopies})`, 'packs.import', {
        fileName: 'bench-pack.json',
        contentBase64: readFileSync(bytesPackFile).toString('base64'),
      }),
      await job('checklist DOCX export', 'reports.exportAssessment', exportAs('docx')),
      await job('checklist XLSX export', 'reports.exportAssessment', exportAs('xlsx')),
      await job('checklist PDF export', 'reports.exportAssessment', exportAs('pdf')),
      await job(`register import (${REGISTER_ROWS} rows)`, 'sessions.importRegister', {
        sessionId,
        file: { path: registerFile },
      }),
      await certificatesJob(),
    ];
  } finally {
    socket.terminate();
    await server.close();
    await core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const [where, root, packFile, bytesPackFile, packCopies = '?'] = process.argv.slice(2);
if (where !== 'core thread' && where !== 'serving thread')
  throw new Error(
    `event-loop-serve: the first argument must be "core thread" or "serving thread", not "${where}".`,
  );
if (!root || !packFile || !bytesPackFile)
  throw new Error('event-loop-serve: give the project root and the two pack files.');
console.log(JSON.stringify(await measure(where, root, packFile, bytesPackFile, packCopies)));
