import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it, vi } from 'vitest';
import { firstScreenRenderer, pageWithFirstScreen, withInlineStyles } from './first-screen';

const BUILT_PAGE =
  '<!doctype html>\n<html lang="en" dir="ltr">\n<head></head>\n<body>\n<div id="root"></div>\n</body>\n</html>';

describe('the first screen in the page', () => {
  it('goes inside #root, inert until the app runs, in its own language and direction', () => {
    const page = pageWithFirstScreen(BUILT_PAGE, {
      html: "<main>مكتبة $&amp; $' $1</main>",
      language: 'ar',
      dir: 'rtl',
    });
    expect(page).toContain('<html lang="ar" dir="rtl">');
    // "$&" and "$'" in the screen stay text: they are not replacement patterns.
    expect(page).toContain(
      '<div id="root" data-first-screen="ar"><div inert><main>مكتبة $&amp; $\' $1</main></div></div>',
    );
  });

  it('is left out, with one warning, when the build has no first-screen renderer', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const render = firstScreenRenderer(join(tmpdir(), 'no-such-first-screen', 'render.js'));
      const carried = Promise.resolve({ answers: [], language: 'en' });
      expect(await render(carried)).toBeNull();
      expect(await render(carried)).toBeNull();
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]?.[0])).toContain('The first screen is not rendered here');
    } finally {
      warn.mockRestore();
    }
  });

  it('carries its stylesheets inline, each with the hash the CSP allows it by', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-inline-'));
    try {
      mkdirSync(join(dir, 'assets'));
      const css = '.chapter{content-visibility:auto}';
      writeFileSync(join(dir, 'assets', 'index-a1.css'), css);
      writeFileSync(join(dir, 'assets', 'odd-b2.css'), 'a::after{content:"</style>"}');
      const links =
        '<link rel="stylesheet" crossorigin href="./assets/index-a1.css">' +
        '<link rel="stylesheet" crossorigin href="./assets/odd-b2.css">';
      const { page, hashes } = await withInlineStyles(`<head>${links}</head>`, dir);
      expect(page).toContain(`<style>${css}</style>`);
      expect(page).not.toContain('index-a1.css');
      // A sheet that would close its own element is left as the link it was.
      expect(page).toContain('href="./assets/odd-b2.css"');
      expect(hashes).toEqual([`'sha256-${createHash('sha256').update(css).digest('base64')}'`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
