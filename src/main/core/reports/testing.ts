import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'vitest';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from './system-chromium';

/** Test helpers shared by the report tests: printing, reading PDFs back, page images. */

export const PAGES_DIR = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  '..',
  'test-results',
  'report-pages',
);

/** Writes a PDF to `dir` and reads it back: its text (pages split by \f) and pdfinfo's output. */
export function pdfFile(
  dir: string,
  pdf: Buffer,
  name: string,
): { text: string; file: string; info: string } {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  return {
    text: execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8'),
    info: execFileSync('pdfinfo', [file]).toString('utf8'),
    file,
  };
}

/** Renders the given 1-based pages at 60 dpi into test-results/report-pages/<name>-p<page>.png. */
export function renderPages(file: string, name: string, pages: number[]): void {
  mkdirSync(PAGES_DIR, { recursive: true });
  for (const page of new Set(pages)) {
    if (page < 1) continue;
    const prefix = join(PAGES_DIR, `${name}-p${page}`);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', `${page}`, '-l', `${page}`, file, prefix]);
    // pdftoppm appends the page number, zero-padded to the page count's width.
    const made = readdirSync(PAGES_DIR).find(
      (f) => f.startsWith(`${name}-p${page}-`) && f.endsWith('.png'),
    );
    if (made) renameSync(join(PAGES_DIR, made), `${prefix}.png`);
  }
}

/**
 * pdftotext breaks Arabic words with spaces, wraps them in bidi controls and moves marks (shadda,
 * damma…): compare Arabic with spaces, bidi controls and diacritics removed on both sides.
 */
export function hasArabic(text: string, words: string): boolean {
  const squash = (s: string) =>
    s.replace(/[\s\u200e\u200f\u202a-\u202e]/g, '').replace(/\p{Mn}/gu, '');
  return squash(text).includes(squash(words));
}

/** The 1-based page where a section heading (text found nowhere else) first appears. */
export function pageOf(text: string, heading: string): number {
  const index = text.split('\f').findIndex((p) => p.includes(heading));
  expect(index, heading).toBeGreaterThanOrEqual(0);
  return index + 1;
}

/**
 * Per HTML file, the words (runs of letters and digits; Chinese and Japanese, which break between
 * any two characters, are left out) that its layout splits across two lines,
 * with the page at the printed width (A4 less the margins: the reports' screen style gives the
 * same width). Runs in one system Chromium; a file's list is empty when every line breaks
 * between words.
 */
export async function brokenWords(htmlFiles: string[]): Promise<Record<string, string[]>> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: SYSTEM_CHROMIUM,
    args: CHROMIUM_ARGS,
  });
  const found: Record<string, string[]> = {};
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
    for (const file of htmlFiles) {
      await page.goto(pathToFileURL(file).href);
      await page.evaluate('document.fonts.ready.then(() => true)');
      found[file] = (await page.evaluate(`(() => {
      const broken = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const m of node.data.matchAll(/(?:(?![\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}])[\\p{L}\\p{M}\\p{N}]){2,}/gu)) {
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const tops = new Set(
            [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top / 4)),
          );
          if (tops.size > 1) broken.push(m[0]);
        }
      }
      return broken;
    })()`)) as string[];
    }
    return found;
  } finally {
    await browser.close();
  }
}
