import { randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AssessmentReport } from '../../../shared/reports/assessment-report';
import type { PdfPrinter } from './chromium-printer';
import { csvReport } from './csv-report';
import { docxReport } from './docx-report';
import { reportFontCss } from './fonts';
import { reportHtml } from './report-html';
import { xlsxReport } from './xlsx-report';

export const REPORT_FORMATS = ['pdf', 'docx', 'xlsx', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface RenderDeps {
  printer: PdfPrinter;
  /** A folder for the PDF's intermediate HTML file; the file is removed afterwards. */
  tempDir: string;
  onProgress?: (step: string, current: number, total: number) => void;
}

/**
 * Lays a report out in one format and returns the file's bytes. Progress steps (of 2): "layout"
 * (0), then "print" (PDF) or "pack" (1), then "done" (2).
 */
export async function renderAssessmentReport(
  report: AssessmentReport,
  format: ReportFormat,
  deps: RenderDeps,
): Promise<Buffer> {
  const progress = deps.onProgress ?? (() => undefined);
  const total = 2;
  progress('layout', 0, total);
  let out: Buffer;
  switch (format) {
    case 'pdf': {
      const html = reportHtml(report, { fontCss: reportFontCss() });
      const file = join(deps.tempDir, `report-${randomUUID()}.html`);
      writeFileSync(file, html);
      try {
        progress('print', 1, total);
        out = await deps.printer.print(file);
      } finally {
        rmSync(file, { force: true });
      }
      break;
    }
    case 'docx':
      progress('pack', 1, total);
      out = await docxReport(report);
      break;
    case 'xlsx':
      progress('pack', 1, total);
      out = await xlsxReport(report);
      break;
    case 'csv':
      progress('pack', 1, total);
      out = csvReport(report);
      break;
  }
  progress('done', total, total);
  return out;
}
