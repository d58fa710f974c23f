import type { AssessmentReport } from '../../../shared/reports/assessment-report';
import { excelCsv } from './excel-csv';
import { ITEM_COLUMNS, reportContext } from './report-format';

/**
 * One row per item with the columns of the XLSX "Items" sheet (see excelCsv for the encoding).
 * Dates stay ISO (YYYY-MM-DD).
 */
export function csvReport(report: AssessmentReport): Buffer {
  const ctx = reportContext(report);
  const rows = [
    ITEM_COLUMNS.map((c) => c.header(ctx.t)),
    ...report.items.map((item) => ITEM_COLUMNS.map((c) => c.value(item, ctx))),
  ];
  return excelCsv(rows);
}
