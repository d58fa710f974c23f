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

/** Hears each section of a report as the exporter lays it out (for the progress bar). */
export type OnSection = (section: string) => void;

/** One report's exporters: the PDF is printed from `html`, the others are built directly. */
export interface ReportExporters {
  /** How many sections the exporters will report through OnSection. */
  sections: number;
  html: (onSection: OnSection) => string;
  /** Names the intermediate HTML file, for telling reports apart in the temp folder. */
  filePrefix: string;
  docx: (onSection: OnSection) => Promise<Buffer>;
  /** How many sheets the workbook reports through OnSection, then its packing ("pack"). */
  sheets: number;
  xlsx: (onSheet: OnSection) => Promise<Buffer>;
  csv: () => Buffer;
}

/**
 * Lays a report out in one format and returns the file's bytes. Progress: "layout" (0), then one
 * step per section as it is laid out (its name); a PDF then reports "open", "load" and "print"
 * as the printer finishes each; then "done" (a DOCX's packing is its last step). An XLSX reports
 * each sheet as it is filled (its name), then "pack" while the workbook is cleaned and zipped.
 * A CSV has nothing to tell apart: "layout", "pack", "done" (2 of 2).
 */
export async function renderFormat(
  format: ReportFormat,
  deps: RenderDeps,
  exporters: ReportExporters,
): Promise<Buffer> {
  const progress = deps.onProgress ?? (() => undefined);
  let laidOut = 0;
  const onSection =
    (total: number): OnSection =>
    (section) =>
      progress(section, ++laidOut, total);
  if (format === 'pdf') {
    const total = exporters.sections + PRINT_STAGES.length + 1;
    progress('layout', 0, total);
    // The browser starts while the report is laid out, not after.
    deps.printer.warm?.();
    const html = exporters.html(onSection(total));
    const out = await printHtml(html, deps, exporters.filePrefix, (stage) =>
      progress(stage, exporters.sections + PRINT_STAGES.indexOf(stage) + 1, total),
    );
    progress('done', total, total);
    return out;
  }
  if (format === 'docx') {
    const total = exporters.sections + 1;
    progress('layout', 0, total);
    const out = await exporters.docx(onSection(total));
    progress('done', total, total);
    return out;
  }
  if (format === 'xlsx') {
    const total = exporters.sheets + 2;
    progress('layout', 0, total);
    const out = await exporters.xlsx(onSection(total));
    progress('done', total, total);
    return out;
  }
  progress('layout', 0, 2);
  progress('pack', 1, 2);
  const out = exporters.csv();
  progress('done', 2, 2);
  return out;
}
