import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it, vi } from 'vitest';
import { firstScreenRenderer, pageWithFirstScreen } from './first-screen';

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
});
