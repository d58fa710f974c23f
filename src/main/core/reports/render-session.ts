import { randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SessionReport } from '../../../shared/reports/session-report';
import { reportFontCss } from './fonts';
import type { RenderDeps, ReportFormat } from './render-report';
import { sessionCsv } from './session-csv';
import { sessionDocx } from './session-docx';
import { sessionReportHtml } from './session-html';
import { sessionXlsx } from './session-xlsx';

/**
 * Lays a workshop report out in one format and returns the file's bytes, as renderAssessmentReport
 * does: progress "layout" (0), then "print" (PDF) or "pack" (1), then "done" (2).
 */
export async function renderSessionReport(
  report: SessionReport,
  format: ReportFormat,
  deps: RenderDeps,
): Promise<Buffer> {
  const progress = deps.onProgress ?? (() => undefined);
  const total = 2;
  progress('layout', 0, total);
  let out: Buffer;
  switch (format) {
    case 'pdf': {
      const html = sessionReportHtml(report, { fontCss: reportFontCss() });
      const file = join(deps.tempDir, `session-report-${randomUUID()}.html`);
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
      out = await sessionDocx(report);
      break;
    case 'xlsx':
      progress('pack', 1, total);
      out = await sessionXlsx(report);
      break;
    case 'csv':
      progress('pack', 1, total);
      out = sessionCsv(report);
      break;
  }
  progress('done', total, total);
  return out;
}
