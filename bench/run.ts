// npm run bench: each figure beside a reference measured in the same run (see README).
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { toFtsQuery } from '../src/shared/library/search-query';
import { createWorkbench, DATABASE_FILE_NAME } from '../src/main/core/workbench';
import { tempDir } from '../src/main/core/testing/fixtures';
import { BENCH_QUERIES } from './queries';
import { packImportFigures } from './pack-import';
import { checklistFigures } from './checklists';
import { sessionFigures } from './sessions';
import { startupFigures } from './startup';
import { syncFigures } from './sync';
import { liveFigures } from './live';
import { eventLoopFigures, eventLoopOnly } from './event-loop';
import { coldStartFigures } from './cold-start';
import { requestBodyFigures } from './request-bodies';
import { median, percentile, printFigures, type Figure } from './stats';

const root = join(import.meta.dirname, '..');
const TOKEN = 'bench-token-0123456789abcdef';

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

/** `npm run bench -- sync`: the regional hub alone (it needs PostgreSQL, not the app build). */
async function syncOnly(): Promise<void> {
  console.log(
    `Convention Workbench sync benchmark — Node ${process.version}, ${new Date().toISOString()}`,
  );
  const { figures, lines } = await syncFigures();
  printFigures(figures);
  for (const line of lines) console.log(line);
}

async function main(): Promise<void> {
  const { dir, cleanup } = tempDir('cw-bench-');
  const server = await startServer(dir);
  try {
    console.log(
      `Convention Workbench benchmarks — Node ${process.version}, ${new Date().toISOString()}`,
    );
    const figures: Figure[] = [
      ...(await startupFigures(root)),
      await openAndSeed(),
      ...(await searchLatency(server.origin, dir)),
      ...(await packImportFigures(root)),
      ...(await checklistFigures()),
      ...(await sessionFigures()),
      ...(await requestBodyFigures(root)),
      ...(await coldStartFigures(`${server.origin}/?token=${TOKEN}`)),
    ];
    const eventLoop = await eventLoopFigures(root);
    figures.push(...eventLoop.figures);
    printFigures(figures);
    for (const line of eventLoop.lines) console.log(line);
    await liveOnly();
    await syncOnly();
    console.log(
      `(server process start to listening, first run with seeding: ${server.startMs.toFixed(0)} ms)`,
    );
  } finally {
    server.child.kill();
    cleanup();
  }
}

/** `npm run bench -- live`: the live-room load test alone (300 participants × 20 questions). */
async function liveOnly(): Promise<void> {
  console.log(
    `Convention Workbench live-room benchmark — Node ${process.version}, ${new Date().toISOString()}`,
  );
  printFigures(await liveFigures());
}

/** `npm run bench -- cold`: the browser-mode cold start alone, over its own server. */
async function coldOnly(): Promise<void> {
  const { dir, cleanup } = tempDir('cw-bench-');
  const server = await startServer(dir);
  try {
    printFigures(await coldStartFigures(`${server.origin}/?token=${TOKEN}`));
  } finally {
    server.child.kill();
    cleanup();
  }
}

const section = process.argv[2];
if (section === 'sync') await syncOnly();
else if (section === 'live') await liveOnly();
else if (section === 'event-loop') await eventLoopOnly(root);
else if (section === 'startup') printFigures(await startupFigures(root));
else if (section === 'cold') await coldOnly();
else if (section === 'bodies') printFigures(await requestBodyFigures(root));
else if (section)
  throw new Error(
    `Unknown bench section "${section}" (known: sync, live, event-loop, startup, cold, bodies).`,
  );
else await main();
