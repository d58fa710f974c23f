import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { AppError } from '../../../shared/api/envelope';
import { fill } from '../../../shared/reports/report-text';
import { escapeHtml } from './html-page';

/** Turns a report HTML file (see reportHtml) into PDF bytes. */
export interface PdfPrinter {
  print(htmlFile: string): Promise<Buffer>;
}

export interface ChromiumPrinter extends PdfPrinter {
  /** Shuts the browser if it was started; the next print starts it again. */
  close(): Promise<void>;
}

/** The footer text a report carries on its root element (data-footer-title, data-page-label, dir). */
export interface PageMeta {
  title: string;
  /** "Page {page} of {pages}" in the report language. */
  pageLabel: string;
  rtl: boolean;
}

/** Reads PageMeta from the loaded report; run it in the page (page.evaluate, executeJavaScript). */
export const READ_PAGE_META = `(() => {
  const root = document.documentElement;
  return {
    title: root.dataset.footerTitle || '',
    pageLabel: root.dataset.pageLabel || '{page} / {pages}',
    rtl: root.dir === 'rtl',
  };
})()`;

/**
 * Chromium header and footer templates (they are rendered apart from the page, with system
 * fonts and no page CSS): the checklist at the start, "Page n of m" at the end of the footer.
 */
export function pageTemplates(meta: PageMeta): { headerTemplate: string; footerTemplate: string } {
  const pageLabel = fill(escapeHtml(meta.pageLabel), {
    page: '<span class="pageNumber"></span>',
    pages: '<span class="totalPages"></span>',
  });
  // Single quotes only: this goes inside a double-quoted style attribute.
  const style =
    "font-family: 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans SC', 'Segoe UI', Arial, sans-serif; font-size: 7.5pt; color: #52606d; -webkit-print-color-adjust: exact;";
  return {
    headerTemplate: '<div></div>',
    footerTemplate: `<div dir="${meta.rtl ? 'rtl' : 'ltr'}" style="${style} box-sizing: border-box; width: 100%; padding: 0 16mm; display: flex; justify-content: space-between; gap: 12pt;"><span style="overflow: hidden; white-space: nowrap; text-overflow: ellipsis;">${escapeHtml(meta.title)}</span><span style="white-space: nowrap;">${pageLabel}</span></div>`,
  };
}

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * A printer on the system Chromium through playwright-core: started on the first print, reused
 * for later ones, shut by close(). Used in browser mode and in tests; the desktop prints with
 * Electron's own webContents.printToPDF.
 */
export function createChromiumPrinter(
  executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
): ChromiumPrinter {
  let browser: Promise<Browser> | null = null;

  const start = async (): Promise<Browser> => {
    if (!existsSync(executablePath)) {
      throw new AppError(
        'INTERNAL',
        `Chromium was not found at ${executablePath}; PDF export needs it. Install Chromium or set CHROMIUM_PATH.`,
      );
    }
    try {
      return await chromium.launch({ executablePath, args: ARGS });
    } catch (error) {
      throw new AppError(
        'INTERNAL',
        `Chromium at ${executablePath} could not be started; PDF export needs it. ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      );
    }
  };

  return {
    async print(htmlFile) {
      if (!browser) {
        browser = start();
        browser.catch(() => (browser = null));
      }
      const page = await (await browser).newPage();
      try {
        await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
        await page.evaluate('document.fonts.ready.then(() => true)');
        const meta = (await page.evaluate(READ_PAGE_META)) as PageMeta;
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
