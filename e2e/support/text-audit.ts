import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ROOT } from './server';

/** Every string in a content pack's files: text that comes from the pack, not the catalogs. */
export function packStrings(pack = 'uncc'): Set<string> {
  const strings = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      strings.add(value.replace(/\s+/g, ' ').trim());
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.json')) visit(JSON.parse(readFileSync(path, 'utf8')));
    }
  };
  walk(join(ROOT, 'resources', 'packs', pack));
  return strings;
}

/**
 * The names the browser's Intl gives every region and the interface languages, in one
 * language: asked of the page, since Chromium's ICU names some regions unlike Node's.
 */
export async function intlNames(page: Page, language: string): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const regions = new Intl.DisplayNames([${JSON.stringify(language)}], { type: 'region' });
    const languages = new Intl.DisplayNames([${JSON.stringify(language)}], { type: 'language' });
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const names = [];
    for (const a of letters)
      for (const b of letters) {
        try {
          const name = regions.of(a + b);
          if (name && name !== a + b) names.push(name);
        } catch {}
      }
    for (const code of ['en', 'fr', 'es', 'ar', 'ru', 'zh', 'vi']) names.push(languages.of(code));
    return names;
  })()`);
}

export interface ShownText {
  text: string;
  where: string;
}

// A string, not a function: e2e code is type-checked without the DOM library. Visible text
// nodes, plus the options of selects (closed, so not laid out, but read by everyone).
const SHOWN_TEXT = `(() => {
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || el.closest('script, style, noscript, [hidden], [aria-hidden="true"]')) continue;
    const text = (node.textContent || '').replace(/\\s+/g, ' ').trim();
    if (!text) continue;
    if (!el.closest('select')) {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if ((!box.width && !box.height) || style.visibility === 'hidden') continue;
    }
    const cls = typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/)[0] : '';
    out.push({ text, where: el.tagName.toLowerCase() + cls });
  }
  for (const el of document.querySelectorAll('[placeholder], [aria-label]')) {
    for (const attr of ['placeholder', 'aria-label']) {
      const text = (el.getAttribute(attr) || '').trim();
      if (text) out.push({ text, where: el.tagName.toLowerCase() + '[' + attr + ']' });
    }
  }
  return out;
})()`;

/**
 * Text on screen that did not come through the catalogs: in the pseudo-locale every catalog
 * string is bracketed ⟦…⟧ and accented, so what is left outside the brackets with a plain
 * English word in it was written in code. Text from the pack, and data the test put in,
 * are not the interface's and are left out.
 */
export async function untranslatedText(page: Page, allowed: Set<string>): Promise<string[]> {
  const shown = await page.evaluate<ShownText[]>(SHOWN_TEXT);
  const found = new Set<string>();
  for (const { text, where } of shown) {
    // A separator React rendered into the same text node ("· UNODC") is not part of the data.
    if (allowed.has(text) || allowed.has(text.replace(/^[·•–—,:\s]+|[·•–—,:\s]+$/g, ''))) continue;
    // Dates and moments (date, time) come from Intl in the current language.
    if (
      /^(\w{3} \d{1,2}( – \d{1,2})?, \d{4}(, \d{1,2}:\d{2}\s?[AP]M)?|\d{1,2}\/\d{1,2}\/\d{2,4}.*)$/.test(
        text,
      )
    )
      continue;
    const outside = text.replace(/⟦[^⟧]*⟧/g, ' ');
    // A word of three ASCII letters or more; numbers, symbols and "Q1"-like labels pass.
    if (!/[A-Za-z]{3,}/.test(outside)) continue;
    // Paths, addresses and file names are data, not sentences.
    if (/^[\w.:-]*[/\\]|@|^\S+\.(json|png|pdf|docx|xlsx|csv|db|sqlite)$/i.test(text)) continue;
    found.add(`${where}: ${text.slice(0, 120)}`);
  }
  return [...found];
}

// Elements whose text is cut off: wider content than box where the overflow is clipped (hidden,
// clip, or an ellipsis), rather than scrolled or wrapped.
const CLIPPED = `(() => {
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    if (!el.textContent || !el.textContent.trim()) continue;
    const style = getComputedStyle(el);
    const clipsX = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
    const clipsY = ['hidden', 'clip'].includes(style.overflowY);
    const wide = clipsX && el.scrollWidth > el.clientWidth + 1;
    const tall = clipsY && el.scrollHeight > el.clientHeight + 1 && style.webkitLineClamp === 'none';
    if (!wide && !tall) continue;
    if (el.closest('[aria-hidden="true"], .sr-only, .visually-hidden')) continue;
    const box = el.getBoundingClientRect();
    if (box.width < 2 || box.height < 2) continue; // visually hidden helpers
    const cls = typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/)[0] : '';
    out.push(el.tagName.toLowerCase() + cls + (wide ? ' wide ' + el.scrollWidth + '>' + el.clientWidth : ' tall ' + el.scrollHeight + '>' + el.clientHeight) + ': ' + el.textContent.trim().slice(0, 60));
  }
  return out;
})()`;

export async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(CLIPPED);
}
