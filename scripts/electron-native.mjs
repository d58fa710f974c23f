// Builds better-sqlite3 for Electron's ABI into .electron-native/, leaving node_modules on the
// Node build that the tests and browser mode load. Runs only on the Electron path (npm start,
// npm run dist); it needs Electron's headers, so the first run needs the internet.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, '.electron-native');
const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;
const sqliteVersion = JSON.parse(
  readFileSync(join(root, 'node_modules', 'better-sqlite3', 'package.json'), 'utf8'),
).version;
const stampFile = join(out, 'built-for.json');
const wanted = JSON.stringify({ electronVersion, sqliteVersion });

if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === wanted) process.exit(0);

console.log(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (once)…`);
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'node_modules'), { recursive: true });
cpSync(join(root, 'node_modules', 'better-sqlite3'), join(out, 'node_modules', 'better-sqlite3'), {
  recursive: true,
  filter: (source) => !source.includes(`${join('better-sqlite3', 'build')}`),
});
writeFileSync(
  join(out, 'package.json'),
  JSON.stringify({
    name: 'electron-native',
    private: true,
    dependencies: { 'better-sqlite3': sqliteVersion },
  }),
);

const { rebuild } = await import('@electron/rebuild');
try {
  await rebuild({ buildPath: out, electronVersion, onlyModules: ['better-sqlite3'], force: true });
} catch (error) {
  console.error(`Could not build better-sqlite3 for Electron: ${error.message}`);
  console.error(
    'This step downloads Electron headers; run it once on a machine with internet access.',
  );
  process.exit(1);
}
writeFileSync(stampFile, wanted);
