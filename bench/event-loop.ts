// npm run bench -- event-loop: how long the thread that serves the UI is blocked while long jobs
// run through the browser-mode HTTP API, with the core on its own thread (as the shells run it)
// and, for comparison, with the core on the serving thread (as before src/main/core/host).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { availableParallelism, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import WebSocket from 'ws';
import type { PushEvent } from '../src/shared/api/events';
import { readPackDirectory, toPackFile } from '../src/main/core/content/pack-files';
import { startCore } from '../src/main/core/host/core-client';
import { tempDir } from '../src/main/core/testing/fixtures';
import { createWorkbench, type Workbench } from '../src/main/core/workbench';
import { startBrowserServer } from '../src/main/server/http-server';
import { enlargePack } from './pack-import';
import { formatMs, printFigures, type Figure } from './stats';

const TOKEN = 'bench-token-0123456789abcdef';
const TICK_MS = 5;

/** Where a block's time went, from the kernel's count for this thread (Linux; null elsewhere). */
interface BlockCause {
  /** The thread was running: our own code, or a collection of its heap. */
  ranMs: number;
  /** The thread was ready but waited for a CPU that other threads or processes held. */
  waitedMs: number;
}

/** This (the main) thread's /proc schedstat: time run and time waited for a CPU, in ns. */
function schedstat(): [number, number] | null {
  try {
    const [ran, waited] = readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(
      ' ',
    );
    return [Number(ran), Number(waited)];
  } catch {
    return null;
  }
}

/**
 * A timer probe on this (the serving) thread: the longest time past its due moment that a 5 ms
 * timer had to wait. The last wait counts up to the moment the probe is stopped, so a block
 * that ends with the job is not missed (monitorEventLoopDelay only records it at the next tick).
 * On Linux it also says how much of the longest block the thread ran and how much it waited for
 * a CPU; the rest it slept past its timer.
 */
function blockProbe(): { stop(): { longestMs: number; cause: BlockCause | null } } {
  let last = performance.now();
  let lastStat = schedstat();
  let longest = 0;
  let cause: BlockCause | null = null;
  const tick = () => {
    const now = performance.now();
    const stat = schedstat();
    const late = now - last - TICK_MS;
    if (late > longest) {
      longest = late;
      cause =
        stat && lastStat
          ? { ranMs: (stat[0] - lastStat[0]) / 1e6, waitedMs: (stat[1] - lastStat[1]) / 1e6 }
          : null;
    }
    last = now;
    lastStat = stat;
  };
  const timer = setInterval(tick, TICK_MS);
  return {
    stop() {
      clearInterval(timer);
      tick();
      return { longestMs: Math.max(longest, 0), cause };
    },
  };
}

/** "ran 1.2 ms, waited 40 ms for a CPU, slept 3 ms past its timer" for a block of `ms`. */
function describeCause(ms: number, cause: BlockCause | null): string {
  if (!cause) return '';
  const slept = Math.max(ms - cause.ranMs - cause.waitedMs, 0);
  return ` (the thread ran ${formatMs(cause.ranMs)} of it, waited ${formatMs(cause.waitedMs)} for a CPU, slept ${formatMs(slept)} past its timer)`;
}
const PACK_COPIES = 5;
const REGISTER_ROWS = 2000;
const CERTIFICATES = 60;

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

/**
 * Writes the enlarged pack and lets it go: held in `measure` it kept ~24 MB on the measured
 * thread's heap, whose major collections (up to 75 ms, seen in a --cpu-prof of this bench) were
 * the harness's own blocks, not the server's.
 */
function writeBenchPack(root: string, file: string): void {
  const pack = enlargePack(readPackDirectory(join(root, 'resources/packs/uncc')), PACK_COPIES);
  writeFileSync(file, JSON.stringify(toPackFile(pack)));
}

interface JobResult {
  name: string;
  totalMs: number;
  longestBlockMs: number;
  blockCause: BlockCause | null;
  progressBeforeEnd: number;
  /** Of those, the ones that arrived before the last 5 % of the job: a bar that moved. */
  progressWhileRunning: number;
}

type Where = 'core thread' | 'serving thread';

async function openCore(where: Where, root: string, dataDir: string) {
  const options = {
    dataDir,
    resourcesDir: join(root, 'resources'),
    shell: 'browser' as const,
    appVersion: 'bench',
    checkOutput: false,
  };
  if (where === 'serving thread') {
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
async function measure(where: Where, root: string): Promise<JobResult[]> {
  const { dir, cleanup } = tempDir('cw-bench-loop-');
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

  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const response = await fetch(`${origin}/api/${method}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    const body = (await response.json()) as
      { ok: true; data: T } | { ok: false; error: { message: string } };
    if (!body.ok) throw new Error(`${method}: ${body.error.message}`);
    return body.data;
  };

  const job = async (name: string, method: string, input: unknown): Promise<JobResult> => {
    // Events of the setup calls still in flight are not counted against this job.
    await new Promise((resolve) => setTimeout(resolve, 50));
    progressArrivals = [];
    const probe = blockProbe();
    const started = performance.now();
    await call(method, input);
    const totalMs = performance.now() - started;
    const { longestMs: longestBlockMs, cause: blockCause } = probe.stop();
    const early = started + 0.95 * totalMs;
    return {
      name,
      totalMs,
      longestBlockMs,
      blockCause,
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
    const packFile = join(dir, 'bench-pack.json');
    writeBenchPack(root, packFile);
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
      await job(`pack import (bundled pack ×${PACK_COPIES})`, 'packs.import', { path: packFile }),
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
    cleanup();
  }
}

export async function eventLoopFigures(
  root: string,
): Promise<{ figures: Figure[]; lines: string[] }> {
  // What this machine alone costs: the same probe on an idle thread, no job running.
  const idle = blockProbe();
  await new Promise((resolve) => setTimeout(resolve, 5000));
  const { longestMs: idleBlockMs, cause: idleCause } = idle.stop();
  const before = await measure('serving thread', root);
  const after = await measure('core thread', root);
  const figures = after.map((result): Figure => ({
    name: `Longest block of the serving thread during a ${result.name}`,
    value: result.longestBlockMs,
    reference: result.totalMs,
    referenceName: 'the job’s total time',
    target: '< 50 ms',
    pass: result.longestBlockMs < 50,
  }));
  const lines = after.map((result, i) => {
    const old = before[i]!;
    const target = /pack import|PDF|XLSX|register|certificates/.test(result.name)
      ? ` (target ≥ 5)${result.progressBeforeEnd >= 5 ? '  [target met]' : '  [TARGET MISSED]'}`
      : '';
    return (
      `${result.name}: longest block ${formatMs(result.longestBlockMs)}${describeCause(result.longestBlockMs, result.blockCause)}; ${result.progressBeforeEnd} job.progress events over /events before it answered${target}, ${result.progressWhileRunning} before its last 5 %; ` +
      `with the core on the serving thread: longest block ${formatMs(old.longestBlockMs)} of ${formatMs(old.totalMs)}, ${old.progressBeforeEnd} events, ${old.progressWhileRunning} before the last 5 %`
    );
  });
  lines.push(
    `scheduler noise: the same probe on this thread with nothing running waited up to ${formatMs(idleBlockMs)}${describeCause(idleBlockMs, idleCause)} in 5 s (load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`,
  );
  return { figures, lines };
}

/** `npm run bench -- event-loop`. */
export async function eventLoopOnly(root: string): Promise<void> {
  console.log(
    `Convention Workbench event-loop benchmark — Node ${process.version}, ${new Date().toISOString()}`,
  );
  const { figures, lines } = await eventLoopFigures(root);
  printFigures(figures);
  for (const line of lines) console.log(line);
}
