import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
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
 */
export function createChromiumPrinter(executablePath = SYSTEM_CHROMIUM): ChromiumPrinter {
  let browser: Promise<Browser> | null = null;

  const start = async (): Promise<Browser> => {
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
    if (!browser) {
      const starting = start();
      browser = starting;
      // A failed start is forgotten, so that the next print tries again and reports why.
      starting.catch(() => {
        if (browser === starting) browser = null;
      });
    }
    return browser;
  };

  return {
    warm() {
      void running();
    },
    async print(htmlFile, onStage = () => undefined) {
      // The page templates (and the report text they fill) load with the first print, not at
      // start-up: every shell creates this printer while it opens.
      const { pageTemplates, READ_PAGE_META } = await import('./page-templates');
      const page = await (await running()).newPage();
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
        return Buffer.from(pdf);
      } finally {
        await page.close().catch(() => undefined);
      }
    },
    async close() {
      const current = browser;
      browser = null;
      if (current) await (await current.catch(() => null))?.close();
    },
  };
}
