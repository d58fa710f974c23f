import { PRINT_STAGES, type PdfPrinter } from './page-templates';
import { printHtml } from './print-html';

export const REPORT_FORMATS = ['pdf', 'docx', 'xlsx', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface RenderDeps {
  printer: PdfPrinter;
  /** A folder for the PDF's intermediate HTML file; the file is removed afterwards. */
  tempDir: string;
  onProgress?: (step: string, current: number, total: number) => void;
}

/** One report's exporters: the PDF is printed from `html`, the others are built directly. */
export interface ReportExporters {
  html: () => string;
  /** Names the intermediate HTML file, for telling reports apart in the temp folder. */
  filePrefix: string;
  docx: () => Promise<Buffer>;
  xlsx: () => Promise<Buffer>;
  csv: () => Buffer;
}

/**
 * Lays a report out in one format and returns the file's bytes. Progress: "layout" (0); a PDF then
 * reports "browser" (the HTML is laid out, the printer starting), "open", "load" and "print" as
 * the printer finishes each, then "done" (5 of 5); the other formats report "pack" (1), then
 * "done" (2 of 2).
 */
export async function renderFormat(
  format: ReportFormat,
  deps: RenderDeps,
  exporters: ReportExporters,
): Promise<Buffer> {
  const progress = deps.onProgress ?? (() => undefined);
  if (format === 'pdf') {
    const total = PRINT_STAGES.length + 2;
    progress('layout', 0, total);
    // The browser starts while the report is laid out, not after.
    deps.printer.warm?.();
    const html = exporters.html();
    progress('browser', 1, total);
    const out = await printHtml(html, deps, exporters.filePrefix, (stage) =>
      progress(stage, PRINT_STAGES.indexOf(stage) + 2, total),
    );
    progress('done', total, total);
    return out;
  }
  progress('layout', 0, 2);
  progress('pack', 1, 2);
  const out = await exporters[format]();
  progress('done', 2, 2);
  return out;
}
