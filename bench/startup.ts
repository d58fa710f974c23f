import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DATABASE_FILE_NAME } from '../src/main/core/workbench';
import { tempDir } from '../src/main/core/testing/fixtures';
import { median, type Figure } from './stats';

// The reference: a bare `node` that opens the same database file the way every connection does
// (better-sqlite3, integrity_check, WAL, synchronous and foreign keys) and says so.
const OPEN_DATABASE = `
const Database = require('better-sqlite3');
const db = new Database(process.argv[1]);
if (db.pragma('integrity_check', { simple: true }) !== 'ok') process.exit(1);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('foreign_keys = ON');
console.log('open');
db.close();
`;

const TOKEN = 'bench-start-token-0123456789';

/**
 * The first call the article list makes, answered: the core's handlers and contract loaded.
 * Asked over node:http rather than fetch, whose per-origin set-up (each start is a new port)
 * would be the client's time counted as the server's.
 */
function firstAnswer(origin: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
    const asked = request(
      `${origin}/api/library.listArticles`,
      { method: 'POST', headers },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += String(chunk)));
        res.once('error', reject);
        res.once('end', () =>
          (JSON.parse(body) as { ok: boolean }).ok
            ? resolve()
            : reject(new Error('library.listArticles failed right after start')),
        );
      },
    );
    asked.once('error', reject);
    asked.end('{}');
  });
}

/**
 * Spawns node with `args` and times it until a line of its output matches `ready` (and, when
 * `after` is given, until `after` resolves with what the line matched), then ends it.
 */
function timeUntil(
  root: string,
  args: string[],
  ready: RegExp,
  after?: (match: RegExpExecArray) => Promise<void>,
): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let seen = false;
    child.stdout.on('data', (chunk: Buffer) => {
      out += String(chunk);
      const match = ready.exec(out);
      if (match && !seen) {
        seen = true;
        void (after ? after(match) : Promise.resolve()).then(
          () => {
            resolve(performance.now() - started);
            child.kill();
          },
          (error: unknown) => {
            child.kill();
            reject(error instanceof Error ? error : new Error(String(error)));
          },
        );
      }
    });
    child.once('exit', (code) => {
      if (!ready.test(out)) reject(new Error(`${args.join(' ')} exited with ${code} before ready`));
    });
  });
}

/**
 * Browser-mode server start: spawning out/main/server.js on an existing data folder until its
 * "running at" line, and to its first answer, beside a bare node opening the same database
 * (median of 7, alternating).
 * The first run (migrations and seeding) is printed beside the same reference.
 */
export async function startupFigures(root: string): Promise<Figure[]> {
  const { dir, cleanup } = tempDir('cw-bench-start-');
  const server = [
    join(root, 'out/main/server.js'),
    ...['--port', '0', '--data-dir', dir, '--token', TOKEN],
  ];
  const running = /Convention Workbench is running at (http:\/\/127\.[^/]+)\//;
  const answered = (match: RegExpExecArray) => firstAnswer(match[1]!);
  const openDb = ['-e', OPEN_DATABASE, join(dir, DATABASE_FILE_NAME)];
  try {
    const firstRun = await timeUntil(root, server, running);
    const starts: number[] = [];
    const firstAnswers: number[] = [];
    const opens: number[] = [];
    for (let i = 0; i < 7; i++) {
      starts.push(await timeUntil(root, server, running));
      firstAnswers.push(await timeUntil(root, server, running, answered));
      opens.push(await timeUntil(root, openDb, /^open$/m));
    }
    const reference = median(opens);
    const value = median(starts);
    const answer = median(firstAnswers);
    return [
      {
        name: 'Server ready on an existing data folder (median of 7)',
        value,
        reference,
        referenceName: 'node opening the same database (integrity_check, WAL)',
        target: '≤ 1.5×',
        pass: value <= 1.5 * reference,
      },
      {
        // The ready line comes once the database is open; the library domain (its contract part,
        // handlers and stores) loads after it, so what a user waits for is the first answer.
        name: 'Server start to its first answer (library.listArticles, median of 7)',
        value: answer,
        reference,
        referenceName: 'node opening the same database (integrity_check, WAL)',
        target: '≤ 1.5×',
        pass: answer <= 1.5 * reference,
      },
      {
        name: 'Server ready on an empty data folder (first run: migrations and seeding)',
        value: firstRun,
        reference,
        referenceName: 'node opening the seeded database',
      },
    ];
  } finally {
    cleanup();
  }
}
