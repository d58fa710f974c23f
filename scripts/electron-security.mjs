// Electron security lint: Electronegativity over src/ through its API (its command line exits 0
// even with HIGH findings). A finding at MEDIUM or above fails unless
// scripts/electron-security.accepted.json lists it with the reason it does not apply.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

// Offline: the tool downloads translations with `got` before every run, and its
// AvailableSecurityFixes check asks the network about Electron releases. The first is answered
// with a refusal here (it then uses its bundled English), the second is excluded below.
const toolRequire = createRequire(require.resolve('@doyensec/electronegativity'));
const gotPath = toolRequire.resolve('got');
const offline = () => Promise.reject(new Error('offline'));
require.cache[gotPath] = {
  id: gotPath,
  filename: gotPath,
  loaded: true,
  exports: Object.assign(offline, { default: offline }),
};
const run =
  require('@doyensec/electronegativity').default ?? require('@doyensec/electronegativity');

const electronVersion = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).devDependencies
  .electron;
const { accepted } = JSON.parse(
  readFileSync(`${root}scripts/electron-security.accepted.json`, 'utf8'),
);

const log = console.log;
console.log = () => undefined; // the tool's own chatter
let result;
try {
  result = await run({
    input: `${root}src`,
    electronVersionOverride: electronVersion,
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    isRelative: true,
  });
} finally {
  console.log = log;
}

const fatal = result.errors.filter((e) => !e.tolerable);
const serious = result.issues.filter((i) => i.severity.value >= 2); // MEDIUM = 2, HIGH = 3
const isAccepted = (issue) => accepted.some((a) => a.id === issue.id && a.file === issue.file);
const unexplained = serious.filter((i) => !isAccepted(i));
const stale = accepted.filter((a) => !serious.some((i) => i.id === a.id && i.file === a.file));

console.log(
  `Electronegativity ${result.atomicChecks + result.globalChecks} checks on src/ (Electron ${electronVersion}, offline): ` +
    `${result.issues.length} findings, ${serious.length} at MEDIUM or above, ${serious.length - unexplained.length} explained.`,
);
for (const e of fatal) console.error(`  could not parse ${e.file}: ${e.message}`);
for (const a of stale)
  console.log(`  no longer found (remove from the list): ${a.id} in ${a.file}`);
for (const i of unexplained)
  console.error(
    `  NEW ${i.severity.name} ${i.id} at ${i.file}:${i.location.line}:${i.location.column} — ${i.shortenedURL}`,
  );
if (unexplained.length || fatal.length) {
  console.error(
    'Fix these, or add them to scripts/electron-security.accepted.json with the reason.',
  );
  process.exit(1);
}
