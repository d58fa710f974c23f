import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { AppError } from '../../../shared/api/envelope';
import { childProcessesWith, lowerProcessTree } from '../os/background-priority';
import type { PageMeta, PdfPrinter, PrintStage } from './page-templates';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from './system-chromium';

// Kept for the callers that import them from here.
export type { PageMeta, PdfPrinter, PrintStage };

export interface ChromiumPrinter extends PdfPrinter {
  warm(): void;
  /** Shuts the browser if it was started; the next print starts it again. */
  close(): Promise<void>;
}

/** Playwright talks to the browser it launches over a pipe, and says so on its command line. */
const PIPE = '--remote-debugging-pipe';

/**
 * A printer on the system Chromium through playwright-core: one headless browser per session,
 * started in the background on the first need (warm or print), reused for every later print and
 * shut by close(). Used in browser mode and in tests; the desktop prints with Electron's own
 * webContents.printToPDF. playwright-core is imported here, on first need, never at start-up.
 *
 * One page stays open for the next print (warm opens it too): opening a page took ~110 ms of a
 * ~400 ms print of a short report, and a page that has printed loads the next report in about
 * half the time (its renderer and fonts are warm). A print that fails closes its page.
 */
export function createChromiumPrinter(executablePath = SYSTEM_CHROMIUM): ChromiumPrinter {
  let browser: Promise<Browser> | null = null;
  let kept: Page | null = null;

  const launch = async (): Promise<Browser> => {
    if (!existsSync(executablePath)) {
      throw new AppError(
        'INTERNAL',
        `Chromium was not found at ${executablePath}; PDF export needs it. Install Chromium or set CHROMIUM_PATH.`,
      );
    }
    try {
      const { chromium } = await import('playwright-core');
      const before = new Set(childProcessesWith(PIPE));
      const launched = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
      // Printing a long report keeps Chromium busy for seconds on every core it can get; at
      // background priority it yields them to the thread serving the UI whenever that wakes.
      for (const pid of childProcessesWith(PIPE)) if (!before.has(pid)) lowerProcessTree(pid);
      return launched;
    } catch (error) {
      throw new AppError(
        'INTERNAL',
        `Chromium at ${executablePath} could not be started; PDF export needs it. ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      );
    }
  };

  const running = (): Promise<Browser> => {
    if (browser) return browser;
    const starting = launch();
    browser = starting;
    // A failed start, or a browser that crashed or was killed, is forgotten: the next print
    // starts one again (and says why it could not).
    const forget = () => {
      if (browser !== starting) return;
      browser = null;
      kept = null;
    };
    starting.then((launched) => launched.on('disconnected', forget), forget);
    return starting;
  };

  /** Keeps an open page for the next print, unless one is kept already. */
  const keep = async (page: Page) => {
    if (kept === null && browser !== null && !page.isClosed()) kept = page;
    else await page.close().catch(() => undefined);
  };

  const takePage = async (): Promise<Page> => {
    const page = kept;
    kept = null;
    return page && !page.isClosed() ? page : (await running()).newPage();
  };

  return {
    warm() {
      const starting = running();
      if (kept === null) void starting.then((b) => b.newPage()).then(keep, () => undefined);
    },
    async print(htmlFile, onStage = () => undefined) {
      // The page templates (and the report text they fill) load with the first print, not at
      // start-up: every shell creates this printer while it opens.
      const { pageTemplates, READ_PAGE_META } = await import('./page-templates');
      const page = await takePage();
      let printed = false;
      try {
        onStage('open');
        await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
        await page.evaluate('document.fonts.ready.then(() => true)');
        const meta = (await page.evaluate(READ_PAGE_META)) as PageMeta;
        onStage('load');
        const pdf = await page.pdf({
          format: 'A4',
          printBackground: true,
          tagged: true,
          outline: true,
          preferCSSPageSize: true,
          displayHeaderFooter: true,
          ...pageTemplates(meta),
          margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
        });
        onStage('print');
        printed = true;
        return Buffer.from(pdf);
      } finally {
        if (printed) await keep(page);
        else await page.close().catch(() => undefined);
      }
    },
    async close() {
      const current = browser;
      browser = null;
      kept = null;
      if (current) await (await current.catch(() => null))?.close();
    },
  };
}
