// Large request bodies: peak memory of the browser-mode server receiving eight 89 MB bodies at
// once, beside the same server receiving one. Bodies above 1 MB go to disk as they arrive and
// are handled one at a time, so eight should cost about what one costs; a thread on the core's
// side reads and parses them (core/api/json-input.ts), so the serving thread stays free to answer
// meanwhile.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { tempDir } from '../src/main/core/testing/fixtures';
import type { Figure } from './stats';

const TOKEN = 'bench-token-0123456789abcdef';
const MB = 1024 * 1024;
const BODY_CHARS = 89_000_000; // within the contract's 90,000,000 base64 characters

/** The process's peak resident memory so far (Linux: VmHWM), in bytes. */
function peakRss(pid: number): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(match?.[1] ?? 0) * 1024;
}

/** Streams one packs.import body of BODY_CHARS base64 characters, never held whole here. */
function sendLargeBody(port: number): Promise<number> {
  const head = '{"fileName":"large.json","contentBase64":"';
  const tail = '"}';
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/packs.import',
        method: 'POST',
        agent: false,
        headers: {
          host: `127.0.0.1:${port}`,
          authorization: `Bearer ${TOKEN}`,
          'content-length': String(head.length + BODY_CHARS + tail.length),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    const chunk = 'A'.repeat(MB);
    let sent = 0;
    req.write(head);
    const pump = () => {
      while (sent < BODY_CHARS) {
        const piece = sent + MB <= BODY_CHARS ? chunk : chunk.slice(0, BODY_CHARS - sent);
        sent += piece.length;
        if (!req.write(piece)) return void req.once('drain', pump);
      }
      req.end(tail);
    };
    pump();
  });
}

/**
 * Asks for a page file one request after another, in a thread of its own so that this thread's
 * pumping of the bodies does not delay the asking; the serving thread alone answers it, so the
 * longest it took is the longest that thread was held meanwhile. `stop` returns that, in ms.
 */
function pageFileProbe(port: number): { stop(): Promise<number> } {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    let stopping = false;
    parentPort.once('message', () => (stopping = true));
    (async () => {
      let longest = 0;
      while (!stopping) {
        const asked = performance.now();
        const res = await fetch(workerData.url);
        await res.arrayBuffer();
        if (!res.ok) throw new Error(workerData.url + ' answered ' + res.status);
        longest = Math.max(longest, performance.now() - asked);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      parentPort.postMessage(longest);
    })();`;
  const worker = new Worker(code, {
    eval: true,
    workerData: { url: `http://127.0.0.1:${port}/favicon.svg` },
  });
  const longest = new Promise<number>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    async stop() {
      worker.postMessage('stop');
      const ms = await longest;
      await worker.terminate();
      return ms;
    },
  };
}

/**
 * A fresh server; the peak memory it adds while taking `count` bodies at once, the time, and
 * the longest its serving thread took meanwhile to send a page file.
 */
async function measure(
  root: string,
  count: number,
): Promise<{ growth: number; ms: number; longestAnswerMs: number }> {
  const { dir, cleanup } = tempDir('cw-bench-bodies-');
  const child = spawn(
    process.execPath,
    [join(root, 'out/main/server.js'), '--port', '0', '--data-dir', dir, '--token', TOKEN],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  try {
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        const match = /running at http:\/\/[^:]+:(\d+)\//.exec(String(chunk));
        if (match?.[1]) resolve(Number(match[1]));
      });
      child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    });
    const before = peakRss(child.pid!);
    const started = performance.now();
    const probe = pageFileProbe(port);
    const statuses = await Promise.all(Array.from({ length: count }, () => sendLargeBody(port)));
    const ms = performance.now() - started;
    const longestAnswerMs = await probe.stop();
    if (statuses.some((s) => s >= 500)) throw new Error(`a large body got ${statuses.join(', ')}`);
    return { growth: peakRss(child.pid!) - before, ms, longestAnswerMs };
  } finally {
    child.kill();
    cleanup();
  }
}

export async function requestBodyFigures(root: string): Promise<Figure[]> {
  const one = await measure(root, 1);
  const eight = await measure(root, 8);
  // The serving thread's share of the bodies is streaming them to disk; its figure under 50 ms is
  // the event-loop bench's browser-mode pack import, where the thread is probed from inside.
  console.log(
    `(large bodies: one in ${one.ms.toFixed(0)} ms, eight at once in ${eight.ms.toFixed(0)} ms; ` +
      `the longest a page file took to come back meanwhile: ${one.longestAnswerMs.toFixed(0)} ms ` +
      `and ${eight.longestAnswerMs.toFixed(0)} ms, on CPUs shared with the sending)`,
  );
  return [
    {
      name: 'Peak server memory added by 8 concurrent 89 MB bodies',
      value: eight.growth / MB,
      reference: one.growth / MB,
      referenceName: 'one 89 MB body',
      unit: 'MB',
      target: 'at most 2× one body',
      pass: eight.growth <= 2 * one.growth,
    },
  ];
}
