// npm run serve -- --port <n> --data-dir <dir> [--token <t>]: browser mode over the built app.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const server = join(root, 'out', 'main', 'server.js');
// Always build first (a few seconds) so the server never serves an out/ older than the source.
const built = buildApp({ quiet: true });
if (built !== 0) process.exit(built);
const child = spawn(process.execPath, [server, ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
