import { toCsv } from '../../../shared/content/csv';
import type { AssessmentReport } from '../../../shared/reports/assessment-report';
import { ITEM_COLUMNS, reportContext } from './report-format';

/**
 * One row per item with the columns of the XLSX "Items" sheet, as UTF-8 with a byte-order mark so
 * that Excel reads Vietnamese, Arabic and Chinese correctly. Dates stay ISO (YYYY-MM-DD).
 */
export function csvReport(report: AssessmentReport): Buffer {
  const ctx = reportContext(report);
  const rows = [
    ITEM_COLUMNS.map((c) => c.header(ctx.t)),
    ...report.items.map((item) => ITEM_COLUMNS.map((c) => c.value(item, ctx))),
  ];
  return Buffer.from(`\uFEFF${toCsv(rows)}`, 'utf8');
}
