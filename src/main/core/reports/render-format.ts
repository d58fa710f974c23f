import type { PdfPrinter } from './chromium-printer';
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
 * Lays a report out in one format and returns the file's bytes, with the progress every report
 * shares (of 2): "layout" (0), then "print" (PDF) or "pack" (1), then "done" (2).
 */
export async function renderFormat(
  format: ReportFormat,
  deps: RenderDeps,
  exporters: ReportExporters,
): Promise<Buffer> {
  const progress = deps.onProgress ?? (() => undefined);
  const total = 2;
  progress('layout', 0, total);
  let out: Buffer;
  if (format === 'pdf') {
    const html = exporters.html();
    progress('print', 1, total);
    out = await printHtml(html, deps, exporters.filePrefix);
  } else {
    progress('pack', 1, total);
    out = await exporters[format]();
  }
  progress('done', total, total);
  return out;
}
