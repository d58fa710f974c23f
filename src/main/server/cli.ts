import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { defaultDataDir } from '../core/paths';
import { startCore } from '../core/host/core-client';
import { parseServeArgs } from './cli-args';
import type { BrowserServer } from './http-server';

// Only what starting the core needs is imported up front: the core thread boots while this one
// loads the rest (node:crypto, node:child_process, the server, the first screen), not after it.

// Built to out/main/server.js; the project root is two folders up.
const root = fileURLToPath(new URL('../../', import.meta.url));

async function openInBrowser(url: string): Promise<void> {
  const { spawn } = await import('node:child_process');
  const command =
    process.platform === 'win32' ? 'explorer' : process.platform === 'darwin' ? 'open' : 'xdg-open';
  const child = spawn(command, [url], { stdio: 'ignore', detached: true });
  child.on('error', () =>
    console.log('No default browser could be opened; open the URL above yourself.'),
  );
  child.unref();
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseServeArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const version = (
    JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
  ).version;
  let server: BrowserServer | null = null;
  const shutdown = async () => {
    await server?.close();
    await core.close();
    process.exit(0);
  };
  const dataDir = args.dataDir ?? defaultDataDir();
  // The core (database, exporters, imports) runs on its own thread; this one only serves.
  const core = startCore({
    dataDir,
    resourcesDir: join(root, 'resources'),
    shell: 'browser',
    appVersion: version,
    onQuit: () => void shutdown(),
    liveRendererDir: join(root, 'out', 'renderer'),
    entry: pathToFileURL(join(root, 'out', 'main', 'core-thread.js')),
  });
  // The server (ws, the contract's body limits) loads and listens while the core thread loads
  // and opens the database; calls made before it is open wait for it.
  try {
    const [{ startBrowserServer }, { firstScreenRenderer }] = await Promise.all([
      import('./http-server'),
      import('./first-screen'),
    ]);
    [server] = await Promise.all([
      startBrowserServer({
        workbench: core,
        rendererDir: join(root, 'out', 'renderer'),
        token: args.token ?? (await import('node:crypto')).randomBytes(24).toString('base64url'),
        port: args.port,
        tempDir: join(dataDir, 'tmp'),
        renderFirstScreen: firstScreenRenderer(join(root, 'out', 'first-screen', 'render.js')),
      }),
      core.ready,
    ]);
  } catch (error) {
    console.error((error as Error).message);
    await server?.close();
    await core.close();
    process.exit(1);
  }
  const status = core.status();
  console.log(`Convention Workbench is running at ${server.url}`);
  if (status.state === 'recovery') console.log(`Needs attention: ${status.message}`);
  if (args.open) void openInBrowser(server.url);
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}

void main();
