// npm run build: the app (electron-vite: main, preload, renderer) and the browser-mode server's
// renderer of the first screen (vite.first-screen.config.ts). `--quiet` prints warnings only.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Builds both; returns the exit status of the first that failed, or 0. */
export function buildApp({ quiet = false } = {}) {
  const level = quiet ? ['--logLevel', 'warn'] : [];
  for (const args of [
    ['electron-vite', 'build', ...level],
    ['vite', 'build', '-c', 'vite.first-screen.config.ts', ...level],
  ]) {
    const { status } = spawnSync('npx', args, {
      cwd: root,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    if (status !== 0) return status ?? 1;
  }
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exit(buildApp({ quiet: process.argv.includes('--quiet') }));
}
