import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { tsxWorkerCode } from '../tsx-worker';
import {
  BACKGROUND_NICE,
  childProcessesWith,
  lowerProcessTree,
  threadNice,
} from './background-priority';

const linux = process.platform === 'linux';
if (!linux) console.log('background-priority: skipped, nice values per thread are Linux only');

const autogroup = (pid: number) => {
  const path = `/proc/${pid}/autogroup`;
  return existsSync(path) ? readFileSync(path, 'utf8').trim() : null;
};

/** A Node child that starts a worker thread (so it has threads of its own) and waits. */
function sleeper(marker: string, detached: boolean): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      '-e',
      "new (require('node:worker_threads').Worker)('setTimeout(() => {}, 60000)', { eval: true }); console.log('up'); setTimeout(() => {}, 60000)",
      '--',
      marker,
    ],
    { detached, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    child.stdout!.once('data', () => resolve(child));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the child exited (${code})`)));
  });
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

describe.skipIf(!linux)('background priority (Linux)', () => {
  it('lowerThisThread lowers the worker thread that calls it, and no other thread', async () => {
    const mainBefore = threadNice(process.pid);
    const worker = new Worker(
      tsxWorkerCode(new URL('../testing/lowered-thread.ts', import.meta.url)),
      { eval: true },
    );
    const tid = await new Promise<number>((resolve) => worker.once('message', resolve));
    expect(threadNice(process.pid, tid)).toBe(BACKGROUND_NICE);
    expect(threadNice(process.pid)).toBe(mainBefore);
    await worker.terminate();
  });

  it('finds a child by its command line and lowers every thread and its own autogroup', async () => {
    const marker = `--cw-priority-test-${process.pid}-a`;
    const ours = autogroup(process.pid);
    const child = await sleeper(marker, true);
    children.push(child);
    expect(childProcessesWith(marker)).toEqual([child.pid]);

    lowerProcessTree(child.pid!);

    const tids = readdirSync(`/proc/${child.pid}/task`).map(Number);
    expect(tids.length).toBeGreaterThan(1);
    for (const tid of tids) expect(threadNice(child.pid!, tid)).toBe(BACKGROUND_NICE);
    // A session of its own has an autogroup of its own (where the kernel has them): lowered.
    if (ours !== null) {
      expect(autogroup(child.pid!)).toMatch(new RegExp(` nice ${BACKGROUND_NICE}$`));
      expect(autogroup(process.pid)).toBe(ours);
    }
  });

  it('leaves the autogroup alone when the child shares our session, so ours stays as it was', async () => {
    const marker = `--cw-priority-test-${process.pid}-b`;
    const ours = autogroup(process.pid);
    const child = await sleeper(marker, false);
    children.push(child);

    lowerProcessTree(child.pid!);

    expect(threadNice(child.pid!)).toBe(BACKGROUND_NICE);
    expect(autogroup(process.pid)).toBe(ours);
    expect(threadNice(process.pid)).not.toBe(BACKGROUND_NICE);
  });

  it('answers [] for a command line no child has', () => {
    expect(childProcessesWith(`--cw-no-such-child-${process.pid}`)).toEqual([]);
  });
});
