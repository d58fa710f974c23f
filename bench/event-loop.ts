// npm run bench -- event-loop: how long the thread that serves the UI is blocked while long jobs
// run through the browser-mode HTTP API, with the core on its own thread (as the shells run it)
// and, for comparison, with the core on the serving thread (as before src/main/core/host). Each
// run is a process of its own (event-loop-serve.ts), so the measured thread holds only what a
// server's does.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPackDirectory, toPackFile } from '../src/main/core/content/pack-files';
import { blockProbe, describeCause, type BlockCause } from './block-probe';
import type { JobResult, Where } from './event-loop-serve';
import { enlargePack } from './pack-import';
import { formatMs, printFigures, type Figure } from './stats';

const PACK_COPIES = 5;

/** The bundled pack ×PACK_COPIES as one pack file of the given id, for a pack import job. */
function writeBenchPack(root: string, file: string, id: string): void {
  const bundled = readPackDirectory(join(root, 'resources/packs/uncc'));
  writeFileSync(file, JSON.stringify(toPackFile(enlargePack(bundled, PACK_COPIES, id))));
}

/** The pack files of the two pack import jobs: by path, and sent as bytes (another id, so new). */
interface PackFiles {
  byPath: string;
  asBytes: string;
}

/** A job's figures, and the machine's own noise meanwhile. */
interface Measured extends JobResult {
  /** The longest block of this (idle) process's probe while the job ran. */
  noise: { longestMs: number; cause: BlockCause | null };
}

/**
 * Runs the jobs in a fresh server process whose core runs `where` (its stderr passes through).
 * While each job runs, this process, which does nothing meanwhile, runs the same probe: its
 * longest block is what the machine alone (the other processes, the hypervisor) cost a thread
 * at that moment, beside which the server's is read.
 */
function measure(where: Where, root: string, packs: PackFiles): Promise<Measured[]> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(root, 'bench/event-loop-serve.ts'),
      where,
      root,
      packs.byPath,
      packs.asBytes,
      String(PACK_COPIES),
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const noise: Promise<Measured['noise']>[] = [];
  let probe: ReturnType<typeof blockProbe> | null = null;
  let results: JobResult[] | null = null;
  let pending = '';
  child.stdout.on('data', (chunk: Buffer) => {
    pending += String(chunk);
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (line.startsWith('[')) results = JSON.parse(line) as JobResult[];
      else if (line.includes('"event":"start"')) probe = blockProbe();
      else if (line.includes('"event":"end"') && probe) {
        noise.push(probe.stop());
        probe = null;
      }
    }
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      void probe?.stop();
      const done = results;
      if (code !== 0 || !done) {
        reject(new Error(`The ${where} run exited with ${code} before it gave its results.`));
        return;
      }
      void Promise.all(noise).then((perJob) =>
        resolve(done.map((result, i) => ({ ...result, noise: perJob[i]! }))),
      );
    });
  });
}

export async function eventLoopFigures(
  root: string,
): Promise<{ figures: Figure[]; lines: string[] }> {
  // What this machine alone costs: the same probe on an idle thread, no job running.
  const idle = blockProbe();
  await new Promise((resolve) => setTimeout(resolve, 5000));
  const { longestMs: idleBlockMs, cause: idleCause } = await idle.stop();
  const dir = mkdtempSync(join(tmpdir(), 'cw-bench-loop-pack-'));
  let before: Measured[];
  let after: Measured[];
  try {
    const packs = { byPath: join(dir, 'bench-pack.json'), asBytes: join(dir, 'bytes-pack.json') };
    writeBenchPack(root, packs.byPath, 'bench');
    writeBenchPack(root, packs.asBytes, 'bytes');
    before = await measure('serving thread', root, packs);
    after = await measure('core thread', root, packs);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
      `${result.name}: longest block ${formatMs(result.longestBlockMs)}${describeCause(result.longestBlockMs, result.blockCause)}, its heap ${result.heapMb.toFixed(1)} MB as the job started; an idle process's probe meanwhile: ${formatMs(result.noise.longestMs)}${describeCause(result.noise.longestMs, result.noise.cause)}; ${result.progressBeforeEnd} job.progress events over /events before it answered${target}, ${result.progressWhileRunning} before its last 5 %; ` +
      `with the core on the serving thread: longest block ${formatMs(old.longestBlockMs)} of ${formatMs(old.totalMs)} (heap ${old.heapMb.toFixed(1)} MB), ${old.progressBeforeEnd} events, ${old.progressWhileRunning} before the last 5 %`
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
