import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface TsxPackage {
  exports: { './esm/api': { import: { default: string } } };
}

/**
 * Code for `new Worker(code, { eval: true })` that runs a TypeScript entry from source (tsx,
 * Vitest). Node 20 applies `--import tsx` to a worker's imports but not to its entry module, so
 * the new thread registers tsx's ESM hooks itself, then imports the entry.
 */
export function tsxWorkerCode(entry: URL): string {
  // The ES-module build of tsx's API (a plain resolve would find its CommonJS one).
  const packageFile = createRequire(import.meta.url).resolve('tsx/package.json');
  const exports = (JSON.parse(readFileSync(packageFile, 'utf8')) as TsxPackage).exports;
  const tsx = pathToFileURL(join(dirname(packageFile), exports['./esm/api'].import.default)).href;
  return `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
}
