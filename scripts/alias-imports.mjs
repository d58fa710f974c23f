// node scripts/alias-imports.mjs: rewrites renderer imports that climb two or more folders
// ('../../…') to the @renderer/… and @shared/… aliases. Lint refuses such climbs; run this
// after merging code written before the aliases existed.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const ALIASES = [
  ['@renderer', join(root, 'src/renderer/src')],
  ['@shared', join(root, 'src/shared')],
];
// import … from '…', export … from '…', import '…', import('…')
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.\.\/\.\.\/[^'"]*)\2/g;

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx)$/.test(name)) yield path;
  }
}

function aliasFor(file, specifier) {
  const target = resolve(dirname(file), specifier);
  for (const [alias, dir] of ALIASES) {
    if (target === dir || target.startsWith(dir + sep))
      return [alias, ...relative(dir, target).split(sep)].filter(Boolean).join('/');
  }
  return null;
}

let changed = 0;
for (const file of sourceFiles(join(root, 'src/renderer/src'))) {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(SPECIFIER, (whole, lead, quote, specifier) => {
    const aliased = aliasFor(file, specifier);
    return aliased ? `${lead}${quote}${aliased}${quote}` : whole;
  });
  if (next !== text) {
    writeFileSync(file, next);
    changed++;
  }
}
console.log(`${changed} file(s) now import through @renderer/… and @shared/….`);
