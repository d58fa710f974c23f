import { loadReportLanguage } from '../../../shared/i18n/report-catalogs';
import type { AssessmentReport } from '../../../shared/reports/assessment-report';
import { csvReport } from './csv-report';
import { reportFontCss } from './fonts';
import { renderFormat, type RenderDeps, type ReportFormat } from './render-format';
import { reportHtml } from './report-html';
import { XLSX_REPORT_SHEETS } from './xlsx-progress';

/**
 * Lays a report out in one format and returns the file's bytes, with renderFormat's progress. The
 * DOCX and XLSX exporters (and docx, exceljs with them) load on first use, not at start-up.
 */
export async function renderAssessmentReport(
  report: AssessmentReport,
  format: ReportFormat,
  deps: RenderDeps,
): Promise<Buffer> {
  await loadReportLanguage(report.options.language);
  return renderFormat(format, deps, {
    sections: new Set(report.options.sections).size,
    html: (onSection) => reportHtml(report, { fontCss: reportFontCss(), onSection }),
    filePrefix: 'report',
    docx: async (onSection) => (await import('./docx-report')).docxReport(report, onSection),
    sheets: XLSX_REPORT_SHEETS,
    xlsx: async (onSheet) => (await import('./xlsx-report')).xlsxReport(report, onSheet),
    csv: () => csvReport(report),
  });
}
