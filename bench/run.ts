// npm run bench: each figure beside a reference measured in the same run (see README).
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { chromium } from 'playwright-core';
import { toFtsQuery } from '../src/shared/library/search-query';
import { createWorkbench, DATABASE_FILE_NAME } from '../src/main/core/workbench';
import { tempDir } from '../src/main/core/testing/fixtures';
import { BENCH_QUERIES } from './queries';
import { packImportFigures } from './pack-import';
import { checklistFigures } from './checklists';
import { sessionFigures } from './sessions';
import { requestBodyFigures } from './request-bodies';
import { median, percentile, printFigures, type Figure } from './stats';

const root = join(import.meta.dirname, '..');
const TOKEN = 'bench-token-0123456789abcdef';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function startServer(
  dataDir: string,
): Promise<{ child: ChildProcess; origin: string; startMs: number }> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [join(root, 'out/main/server.js'), '--port', '0', '--data-dir', dataDir, '--token', TOKEN],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /running at (http:\/\/[^/]+)\//.exec(String(chunk));
      if (match?.[1]) resolve({ child, origin: match[1], startMs: performance.now() - started });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

async function openAndSeed(): Promise<Figure> {
  const seeds: number[] = [];
  const reopens: number[] = [];
  for (let i = 0; i < 5; i++) {
    const { dir, cleanup } = tempDir('cw-bench-');
    const options = {
      dataDir: dir,
      resourcesDir: join(root, 'resources'),
      shell: 'browser' as const,
      appVersion: 'bench',
    };
    let t = performance.now();
    (await createWorkbench(options)).close();
    seeds.push(performance.now() - t);
    t = performance.now();
    (await createWorkbench(options)).close();
    reopens.push(performance.now() - t);
    cleanup();
  }
  return {
    name: 'Database open + migrate + seed (first run, median of 5)',
    value: median(seeds),
    reference: median(reopens),
    referenceName: 'reopening the seeded database',
  };
}

async function searchLatency(origin: string, dataDir: string): Promise<Figure[]> {
  const viaHttp: number[] = [];
  const call = async (query: string) => {
    const response = await fetch(`${origin}/api/library.search`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query, limit: 20 }),
    });
    const body = (await response.json()) as { ok: boolean };
    if (!body.ok) throw new Error(`search failed for ${query}`);
  };
  for (const query of BENCH_QUERIES) await call(query); // warm-up
  for (let round = 0; round < 5; round++) {
    for (const query of BENCH_QUERIES) {
      const t = performance.now();
      await call(query);
      viaHttp.push(performance.now() - t);
    }
  }
  const db = new Database(join(dataDir, DATABASE_FILE_NAME), { readonly: true });
  const statement = db.prepare(
    `SELECT s.article_number, a.title, s.kind, s.ref, snippet(search_index, 1, '<mark>', '</mark>', '…', 16)
     FROM search_index s JOIN articles a ON a.pack_id = s.pack_id AND a.number = s.article_number
     WHERE search_index MATCH ? AND s.pack_id = 'uncc' ORDER BY bm25(search_index, 8.0, 1.0) LIMIT 20`,
  );
  const direct: number[] = [];
  for (let round = 0; round < 6; round++) {
    for (const query of BENCH_QUERIES) {
      const fts = toFtsQuery(query);
      const t = performance.now();
      if (fts) statement.all(fts);
      if (round > 0) direct.push(performance.now() - t);
    }
  }
  db.close();
  return [
    {
      name: 'library.search p50 over HTTP (50 queries × 5)',
      value: percentile(viaHttp, 50),
      reference: percentile(direct, 50),
      referenceName: 'same FTS5 query on better-sqlite3 p50',
    },
    {
      name: 'library.search p95 over HTTP (50 queries × 5)',
      value: percentile(viaHttp, 95),
      reference: percentile(direct, 95),
      referenceName: 'same FTS5 query on better-sqlite3 p95',
      target: 'p95 < 10 ms',
      pass: percentile(viaHttp, 95) < 10,
    },
  ];
}

async function coldStart(origin: string): Promise<Figure> {
  const empty = createServer((_req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end('<!doctype html><title>empty</title><p>empty</p>'),
  );
  await new Promise<void>((r) => empty.listen(0, '127.0.0.1', () => r()));
  const emptyPort = (empty.address() as { port: number }).port;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const app: number[] = [];
  const blank: number[] = [];
  for (let i = 0; i < 8; i++) {
    for (const kind of ['app', 'blank'] as const) {
      const context = await browser.newContext(); // a cold page: no cache, no storage
      const page = await context.newPage();
      const t = performance.now();
      if (kind === 'app') {
        await page.goto(`${origin}/?token=${TOKEN}`);
        await page.getByText('Depositary and languages').first().waitFor();
      } else {
        await page.goto(`http://127.0.0.1:${emptyPort}/`);
        await page.getByText('empty').waitFor();
      }
      await page.evaluate('new Promise((resolve) => requestAnimationFrame(resolve))'); // painted
      if (i > 0) (kind === 'app' ? app : blank).push(performance.now() - t);
      await context.close();
    }
  }
  await browser.close();
  empty.close();
  const ratio = median(app) / median(blank);
  return {
    name: 'Browser-mode cold start to the article list painted (median of 7)',
    value: median(app),
    reference: median(blank),
    referenceName: 'an empty page in the same Chromium',
    target: '< 1.5×',
    pass: ratio < 1.5,
  };
}

async function main(): Promise<void> {
  const { dir, cleanup } = tempDir('cw-bench-');
  const server = await startServer(dir);
  try {
    console.log(
      `Convention Workbench benchmarks — Node ${process.version}, ${new Date().toISOString()}`,
    );
    const figures: Figure[] = [
      await openAndSeed(),
      ...(await searchLatency(server.origin, dir)),
      ...(await packImportFigures(root)),
      ...(await checklistFigures()),
      ...(await sessionFigures()),
      ...(await requestBodyFigures(root)),
      await coldStart(server.origin),
    ];
    printFigures(figures);
    console.log(
      `(server process start to listening, first run with seeding: ${server.startMs.toFixed(0)} ms)`,
    );
  } finally {
    server.child.kill();
    cleanup();
  }
}

await main();
