import { loadReportLanguage } from '../../../shared/i18n/report-catalogs';
import type { SessionReport } from '../../../shared/reports/session-report';
import { reportFontCss } from './fonts';
import { renderFormat, type RenderDeps, type ReportFormat } from './render-format';
import { sessionCsv } from './session-csv';
import { sessionReportHtml } from './session-html';
import { SESSION_XLSX_SHEETS } from './xlsx-progress';

/**
 * Lays a workshop report out in one format and returns the file's bytes, as renderAssessmentReport
 * does (the DOCX and XLSX exporters load on first use).
 */
export async function renderSessionReport(
  report: SessionReport,
  format: ReportFormat,
  deps: RenderDeps,
): Promise<Buffer> {
  await loadReportLanguage(report.options.language);
  return renderFormat(format, deps, {
    sections: new Set(report.options.sections).size,
    html: (onSection) => sessionReportHtml(report, { fontCss: reportFontCss(), onSection }),
    filePrefix: 'session-report',
    docx: async (onSection) => (await import('./session-docx')).sessionDocx(report, onSection),
    sheets: SESSION_XLSX_SHEETS,
    xlsx: async (onSheet) => (await import('./session-xlsx')).sessionXlsx(report, onSheet),
    csv: () => sessionCsv(report),
  });
}
