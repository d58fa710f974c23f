import { spawn } from 'node:child_process';
import {
  appendFileSync,
  chownSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
} from 'node:fs';
import { join } from 'node:path';

/** The newest PostgreSQL of Debian's packages (15 on bookworm), unless HUB_PG_BIN says. */
function findPgBin(): string {
  if (process.env.HUB_PG_BIN) return process.env.HUB_PG_BIN;
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base)
    ? readdirSync(base)
        .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  return join(base, versions[0] ?? '15', 'bin');
}
export const PG_BIN = findPgBin();
/** The socket file is named after a port even when nothing listens on TCP. */
const SOCKET_PORT = 5432;

export class HubError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Why PostgreSQL cannot run here, or null when it can. */
export function postgresMissing(): string | null {
  for (const tool of ['initdb', 'pg_ctl', 'postgres'])
    if (!existsSync(join(PG_BIN, tool)))
      return `PostgreSQL is not installed: ${join(PG_BIN, tool)} is missing (apt-get install postgresql).`;
  if (process.getuid?.() === 0 && !systemUser('postgres'))
    return 'PostgreSQL refuses to run as root and there is no "postgres" user to run it as.';
  return null;
}

function systemUser(name: string): { uid: number; gid: number } | null {
  for (const line of readFileSync('/etc/passwd', 'utf8').split('\n')) {
    const [user, , uid, gid] = line.split(':');
    if (user === name) return { uid: Number(uid), gid: Number(gid) };
  }
  return null;
}

/** PostgreSQL refuses root: as root, its commands run as the Debian package's postgres user. */
function clusterUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const user = systemUser('postgres');
  if (!user) throw new Error(postgresMissing() ?? 'no postgres user');
  return user;
}

export interface ClusterPaths {
  pgdata: string;
  socketDir: string;
  log: string;
}

export function clusterPaths(dataDir: string): ClusterPaths {
  const socketDir = join(dataDir, 'run');
  return { pgdata: join(dataDir, 'pg'), socketDir, log: join(socketDir, 'postgres.log') };
}

function run(tool: string, args: string[], cwd: string): Promise<{ code: number; output: string }> {
  const user = clusterUser();
  return new Promise((resolve, reject) => {
    const child = spawn(join(PG_BIN, tool), args, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8' },
      ...user,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += String(chunk)));
    child.stderr.on('data', (chunk: Buffer) => (output += String(chunk)));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

function ownedByCluster(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const user = clusterUser();
  if (user) chownSync(dir, user.uid, user.gid);
}

/**
 * Creates the cluster on first run: local connections only, over a socket in the data folder
 * that only the cluster's user (and root) can open, and no TCP listener at all.
 */
export async function prepareCluster(dataDir: string): Promise<void> {
  const missing = postgresMissing();
  if (missing) throw new Error(missing);
  const { pgdata, socketDir } = clusterPaths(dataDir);
  mkdirSync(dataDir, { recursive: true });
  ownedByCluster(socketDir);
  if (existsSync(join(pgdata, 'PG_VERSION'))) return;
  ownedByCluster(pgdata);
  const probe = await run('pg_ctl', ['--version'], pgdata).catch(() => ({ code: 1, output: '' }));
  if (probe.code !== 0)
    throw new Error(
      `The postgres user cannot reach ${pgdata}: make the folders above it traversable (chmod o+x).`,
    );
  const init = await run(
    'initdb',
    [
      '-D',
      pgdata,
      '-U',
      'postgres',
      '-E',
      'UTF8',
      '--no-locale',
      '--auth-local=trust',
      '--auth-host=reject',
    ],
    pgdata,
  );
  if (init.code !== 0) throw new Error(`initdb failed:\n${init.output}`);
  appendFileSync(
    join(pgdata, 'postgresql.conf'),
    [
      '',
      '# Convention Workbench hub: a socket in the data folder, no TCP.',
      "listen_addresses = ''",
      `unix_socket_directories = '${socketDir.replaceAll("'", "''")}'`,
      'unix_socket_permissions = 0700',
      `port = ${SOCKET_PORT}`,
      'max_connections = 50',
      '',
    ].join('\n'),
  );
}

/** Starts the cluster unless it already runs (another hub process, or the admin command). */
export async function startCluster(dataDir: string): Promise<{ started: boolean }> {
  const { pgdata, log } = clusterPaths(dataDir);
  const status = await run('pg_ctl', ['status', '-D', pgdata], pgdata);
  if (status.code === 0) return { started: false };
  const start = await run('pg_ctl', ['start', '-w', '-s', '-D', pgdata, '-l', log], pgdata);
  if (start.code !== 0) {
    const tail = existsSync(log) ? readFileSync(log, 'utf8').split('\n').slice(-15).join('\n') : '';
    throw new Error(`PostgreSQL did not start:\n${start.output}${tail}`);
  }
  return { started: true };
}

export async function stopCluster(dataDir: string): Promise<void> {
  const { pgdata } = clusterPaths(dataDir);
  await run('pg_ctl', ['stop', '-w', '-s', '-m', 'fast', '-D', pgdata], pgdata);
}

/** Where node-postgres finds the cluster: its socket folder, as `user`. */
export function connection(dataDir: string, user: 'postgres' | 'hub_app') {
  return { host: clusterPaths(dataDir).socketDir, port: SOCKET_PORT, user, database: 'postgres' };
}
