// npm run serve -- --port <n> --data-dir <dir> [--token <t>]: browser mode over the built app.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const server = join(root, 'out', 'main', 'server.js');
// Always build first (a few seconds) so the server never serves an out/ older than the source.
const build = spawnSync('npx', ['electron-vite', 'build', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (build.status !== 0) process.exit(build.status ?? 1);
const child = spawn(process.execPath, [server, ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
