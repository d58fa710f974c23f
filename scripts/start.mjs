// npm start: the desktop app when Electron can run here, browser mode when it cannot.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './build.mjs';
import { installedElectronBinary } from './electron-binary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (command, args, options = {}) =>
  spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
    ...options,
  });

function tryInstallElectron() {
  // electron downloads its binary on first use; a 2-minute cap keeps a blocked network from hanging us.
  const installer = join(root, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer)) return null;
  console.log('Fetching the Electron binary (first run only)…');
  run(process.execPath, [installer], { stdio: 'ignore', timeout: 120_000 });
  return installedElectronBinary(root);
}

const built = buildApp({ quiet: true });
if (built !== 0) process.exit(built);

const electron = installedElectronBinary(root) ?? tryInstallElectron();
if (electron) {
  const native = run(process.execPath, [join(root, 'scripts', 'electron-native.mjs')]);
  if (native.status !== 0) process.exit(native.status ?? 1);
  const app = spawn(electron, [root], { cwd: root, stdio: 'inherit' });
  app.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    'The Electron binary is not installed and could not be downloaded here, so Convention Workbench is starting in browser mode instead (same app, in your web browser).',
  );
  const server = spawn(
    process.execPath,
    [join(root, 'out', 'main', 'server.js'), '--open', ...process.argv.slice(2)],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  server.on('exit', (code) => process.exit(code ?? 0));
}
