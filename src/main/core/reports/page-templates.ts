import { escapeHtml } from './html-page';

// What every PDF printer shares (the system Chromium here, Electron on the desktop): kept apart
// from chromium-printer.ts so that the desktop build never reaches playwright-core.

/** The printing stages a printer reports, in order: page open, content and fonts loaded, printed. */
export const PRINT_STAGES = ['open', 'load', 'print'] as const;
export type PrintStage = (typeof PRINT_STAGES)[number];

/** Turns a report HTML file (see reportHtml) into PDF bytes. */
export interface PdfPrinter {
  /** `onStage` hears each stage as it finishes, for the export's progress bar. */
  print(htmlFile: string, onStage?: (stage: PrintStage) => void): Promise<Buffer>;
  /**
   * Starts the printer's browser in the background if it needs one, so that it is up by the time
   * the report is laid out; a failure to start shows on the next print.
   */
  warm?(): void;
}

/** The footer text a report carries on its root element (data-footer-title, data-page-label, dir). */
export interface PageMeta {
  title: string;
  /** "Page {page} of {pages}" in the report language: the printer puts the numbers in. */
  pageLabel: string;
  rtl: boolean;
}

/** What a page label's {{page}} and {{pages}} become, for the printer to fill. */
export const PAGE_NUMBER_MARKERS = { page: '{page}', pages: '{pages}' };

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
  const pageLabel = escapeHtml(meta.pageLabel)
    .replace('{page}', '<span class="pageNumber"></span>')
    .replace('{pages}', '<span class="totalPages"></span>');
  // Single quotes only: this goes inside a double-quoted style attribute.
  const style =
    "font-family: 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans SC', 'Segoe UI', Arial, sans-serif; font-size: 7.5pt; color: #52606d; -webkit-print-color-adjust: exact;";
  return {
    headerTemplate: '<div></div>',
    footerTemplate: `<div dir="${meta.rtl ? 'rtl' : 'ltr'}" style="${style} box-sizing: border-box; width: 100%; padding: 0 16mm; display: flex; justify-content: space-between; gap: 12pt;"><span style="overflow: hidden; white-space: nowrap; text-overflow: ellipsis;">${escapeHtml(meta.title)}</span><span style="white-space: nowrap;">${pageLabel}</span></div>`,
  };
}
