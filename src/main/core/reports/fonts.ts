import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The font stack every report uses: Latin, Vietnamese, Cyrillic and Greek, then Arabic, then Chinese. */
export const REPORT_FONT_STACK = '"Noto Sans", "Noto Sans Arabic", "Noto Sans SC", sans-serif';

interface FontPackage {
  name: string;
  /** Which @font-face blocks to keep, by the subset named in the comment above each block. */
  keep: (subset: string) => boolean;
}

const NOTO_SANS_SUBSETS = new Set([
  'latin',
  'latin-ext',
  'vietnamese',
  'cyrillic',
  'cyrillic-ext',
  'greek',
  'greek-ext',
]);

const PACKAGES: FontPackage[] = [
  { name: '@fontsource/noto-sans', keep: (s) => NOTO_SANS_SUBSETS.has(s) },
  { name: '@fontsource/noto-sans-arabic', keep: (s) => s === 'arabic' },
  // Chinese comes in about a hundred numbered unicode-range slices: keep them all, Chromium
  // fetches only the slices a report's text needs.
  {
    name: '@fontsource/noto-sans-sc',
    keep: (s) => /^\[\d+\]$/.test(s) || s === 'chinese-simplified',
  },
];

const WEIGHTS = [400, 700] as const;

let cached: string | undefined;

/**
 * @font-face rules for the report fonts, read from the @fontsource packages with their relative
 * `url(./files/…)` rewritten to absolute file:// URLs. Only the unicode-range subsets a document
 * uses are loaded by Chromium. `resolvePackage` is for tests and for packaged builds that keep the
 * fonts elsewhere.
 */
export function reportFontCss(resolvePackage: (name: string) => string = defaultResolve): string {
  if (cached !== undefined && resolvePackage === defaultResolve) return cached;
  const parts: string[] = [];
  for (const pkg of PACKAGES) {
    const folder = resolvePackage(pkg.name);
    for (const weight of WEIGHTS) {
      const css = readFileSync(join(folder, `${weight}.css`), 'utf8');
      parts.push(...fontFaces(css, pkg, folder));
    }
  }
  const result = parts.join('\n');
  if (resolvePackage === defaultResolve) cached = result;
  return result;
}

function defaultResolve(name: string): string {
  const folder = dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));
  // In a packaged app the fonts are unpacked beside the archive (electron-builder asarUnpack).
  return folder.replace(/app\.asar(?=[\\/])/, 'app.asar.unpacked');
}

function fontFaces(css: string, pkg: FontPackage, folder: string): string[] {
  const base = pathToFileURL(folder + '/').href;
  const blocks = css.split(/(?=\/\*)/);
  const out: string[] = [];
  for (const block of blocks) {
    const comment = /^\/\*\s*([^*]+?)\s*\*\//.exec(block);
    if (!comment || !block.includes('@font-face')) continue;
    // "noto-sans-arabic-arabic-400-normal" → "arabic"; "noto-sans-sc-[12]-700-normal" → "[12]"
    const id = comment[1]!;
    const prefix = pkg.name.replace('@fontsource/', '') + '-';
    const subset = id.startsWith(prefix)
      ? id.slice(prefix.length).replace(/-\d{3}-(normal|italic)$/, '')
      : '';
    if (!pkg.keep(subset)) continue;
    out.push(
      block
        .trim()
        // Printing waits for document.fonts.ready: never paint a fallback face first.
        .replace(/font-display:\s*swap/g, 'font-display: block')
        .replace(
          /url\(\.\/(files\/[^)]+)\)/g,
          (_m, file: string) => `url("${new URL(file, base).href}")`,
        ),
    );
  }
  return out;
}
