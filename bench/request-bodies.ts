// Large request bodies: peak memory of the browser-mode server receiving eight 89 MB bodies at
// once, beside the same server receiving one. Bodies above 1 MB go to disk as they arrive and
// are handled one at a time, so eight should cost about what one costs.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
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

/** A fresh server; the peak memory it adds while taking `count` bodies at once, and the time. */
async function measure(root: string, count: number): Promise<{ growth: number; ms: number }> {
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
    const statuses = await Promise.all(Array.from({ length: count }, () => sendLargeBody(port)));
    const ms = performance.now() - started;
    if (statuses.some((s) => s >= 500)) throw new Error(`a large body got ${statuses.join(', ')}`);
    return { growth: peakRss(child.pid!) - before, ms };
  } finally {
    child.kill();
    cleanup();
  }
}

export async function requestBodyFigures(root: string): Promise<Figure[]> {
  const one = await measure(root, 1);
  const eight = await measure(root, 8);
  console.log(
    `(large bodies: one in ${one.ms.toFixed(0)} ms, eight at once in ${eight.ms.toFixed(0)} ms)`,
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
