import { spawn } from 'node:child_process';
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

/** Spawns node with `args` and times it until a line of its output matches `ready`, then ends it. */
function timeUntil(root: string, args: string[], ready: RegExp): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += String(chunk);
      if (ready.test(out)) {
        const ms = performance.now() - started;
        child.kill();
        resolve(ms);
      }
    });
    child.once('exit', (code) => {
      if (!ready.test(out)) reject(new Error(`${args.join(' ')} exited with ${code} before ready`));
    });
  });
}

/**
 * Browser-mode server start: spawning out/main/server.js on an existing data folder until its
 * "running at" line, beside a bare node opening the same database (median of 7, alternating).
 * The first run (migrations and seeding) is printed beside the same reference.
 */
export async function startupFigures(root: string): Promise<Figure[]> {
  const { dir, cleanup } = tempDir('cw-bench-start-');
  const server = [join(root, 'out/main/server.js'), '--port', '0', '--data-dir', dir];
  const running = /Convention Workbench is running at http:\/\/127\./;
  const openDb = ['-e', OPEN_DATABASE, join(dir, DATABASE_FILE_NAME)];
  try {
    const firstRun = await timeUntil(root, server, running);
    const starts: number[] = [];
    const opens: number[] = [];
    for (let i = 0; i < 7; i++) {
      starts.push(await timeUntil(root, server, running));
      opens.push(await timeUntil(root, openDb, /^open$/m));
    }
    const reference = median(opens);
    const value = median(starts);
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
