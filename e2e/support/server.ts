import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SERVER_SCRIPT = join(ROOT, 'out', 'main', 'server.js');
const READY_LINE = /Convention Workbench is running at (http:\/\/\S+)/;
// Only a guard against a server that hangs: on a busy two-core machine start-up has taken
// 10–17 s, so the limit is minutes, and every start says how long it took.
const START_LIMIT_MS = 5 * 60_000;

export interface RunningServer {
  /** The address with ?token=…, as a user would open it. */
  url: string;
  /** The same server without the token. */
  origin: string;
  stop(): Promise<void>;
}

/**
 * Starts the built browser-mode server on a free port and resolves once it says where it is.
 * `as` runs it as another user (root ignores file permissions, so read-only tests need one).
 */
export function startServer(
  dataDir: string,
  as?: { uid: number; gid: number },
): Promise<RunningServer> {
  const token = randomBytes(18).toString('base64url');
  const child = spawn(
    process.execPath,
    [SERVER_SCRIPT, '--port', '0', '--data-dir', dataDir, '--token', token],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], ...as },
  );
  let output = '';
  const started = performance.now();

  return new Promise((resolve, reject) => {
    const fail = (reason: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${reason}\n--- server output ---\n${output}`));
    };
    const timer = setTimeout(
      () => fail(`The server did not print its address within ${START_LIMIT_MS / 1000} s.`),
      START_LIMIT_MS,
    );
    child.on('exit', (code) => fail(`The server exited with code ${code} before it was ready.`));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY_LINE.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      const url = match[1];
      console.log(`[e2e] server ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      resolve({ url, origin: new URL(url).origin, stop: () => stopProcess(child) });
    });
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export const DATABASE_FILE = 'workbench.sqlite';

/** Overwrites the database with bytes SQLite cannot read as a database. */
export function corruptDatabase(dataDir: string): void {
  const garbage = Buffer.alloc(64 * 1024);
  for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919 + 13) % 251;
  writeFileSync(join(dataDir, DATABASE_FILE), garbage);
  for (const suffix of ['-wal', '-shm']) writeFileSync(join(dataDir, DATABASE_FILE + suffix), '');
}
