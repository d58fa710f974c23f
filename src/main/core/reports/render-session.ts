import type { SessionReport } from '../../../shared/reports/session-report';
import { reportFontCss } from './fonts';
import { renderFormat, type RenderDeps, type ReportFormat } from './render-format';
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
  return renderFormat(format, deps, {
    html: () => sessionReportHtml(report, { fontCss: reportFontCss() }),
    filePrefix: 'session-report',
    docx: () => sessionDocx(report),
    xlsx: () => sessionXlsx(report),
    csv: () => sessionCsv(report),
  });
}
