import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { defaultDataDir } from '../core/paths';
import { createWorkbench } from '../core/workbench';
import { parseServeArgs } from './cli-args';
import { startBrowserServer } from './http-server';
import { liveListener } from './live-server';

// Built to out/main/server.js; the project root is two folders up.
const root = fileURLToPath(new URL('../../', import.meta.url));

function openInBrowser(url: string): void {
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
  let server: Awaited<ReturnType<typeof startBrowserServer>> | null = null;
  const shutdown = async () => {
    await server?.close();
    workbench.close();
    process.exit(0);
  };
  const dataDir = args.dataDir ?? defaultDataDir();
  const workbench = await createWorkbench({
    dataDir,
    resourcesDir: join(root, 'resources'),
    shell: 'browser',
    appVersion: version,
    onQuit: () => void shutdown(),
    liveListen: liveListener(join(root, 'out', 'renderer')),
  });
  server = await startBrowserServer({
    workbench,
    rendererDir: join(root, 'out', 'renderer'),
    token: args.token ?? randomBytes(24).toString('base64url'),
    port: args.port,
    tempDir: join(dataDir, 'tmp'),
  });
  console.log(`Convention Workbench is running at ${server.url}`);
  const status = workbench.status();
  if (status.state === 'recovery') console.log(`Needs attention: ${status.message}`);
  if (args.open) openInBrowser(server.url);
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}

void main();
