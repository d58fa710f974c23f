import type { AssessmentReport } from '../../../shared/reports/assessment-report';
import { csvReport } from './csv-report';
import { docxReport } from './docx-report';
import { reportFontCss } from './fonts';
import { renderFormat, type RenderDeps, type ReportFormat } from './render-format';
import { reportHtml } from './report-html';
import { xlsxReport } from './xlsx-report';

/**
 * Lays a report out in one format and returns the file's bytes. Progress steps (of 2): "layout"
 * (0), then "print" (PDF) or "pack" (1), then "done" (2).
 */
export async function renderAssessmentReport(
  report: AssessmentReport,
  format: ReportFormat,
  deps: RenderDeps,
): Promise<Buffer> {
  return renderFormat(format, deps, {
    html: () => reportHtml(report, { fontCss: reportFontCss() }),
    filePrefix: 'report',
    docx: () => docxReport(report),
    xlsx: () => xlsxReport(report),
    csv: () => csvReport(report),
  });
}
