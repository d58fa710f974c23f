import type ExcelJS from 'exceljs';
import { RESULTS } from '../../../shared/domain/assessments';
import type { AssessmentReport } from '../../../shared/reports/assessment-report';
import { articleRef, formatPercent } from '../../../shared/reports/report-locale';
import {
  ITEM_COLUMNS,
  RESULT_COLOURS,
  chapterHeading,
  countryLabel,
  describeFilters,
  hasFilters,
  reportContext,
  type ItemColumn,
  type ReportContext,
} from './report-format';
import {
  TITLE_FONT,
  columnStyle,
  argb,
  filterHeader,
  newSheet,
  newWorkbook,
  solidFill,
  styleHeader,
  workbookBytes,
} from './xlsx-kit';

/** A YYYY-MM-DD day or an ISO timestamp as an Excel date (UTC), or null. */
function toDate(value: string | number | null, kind: ItemColumn['kind']): Date | null {
  if (typeof value !== 'string' || value === '') return null;
  const date = new Date(kind === 'date' ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function itemsSheet(workbook: ExcelJS.Workbook, ctx: ReportContext): void {
  const { report, t } = ctx;
  const sheet = newSheet(workbook, t('sheets.items'), ctx.lang);
  sheet.columns = ITEM_COLUMNS.map((c) => ({
    header: c.header(t),
    key: c.key,
    width: c.width,
    style: columnStyle(c.kind),
  }));
  const resultColumn = ITEM_COLUMNS.findIndex((c) => c.key === 'result') + 1;
  for (const item of report.items) {
    const row = sheet.addRow(
      Object.fromEntries(
        ITEM_COLUMNS.map((c) => {
          const value = c.value(item, ctx);
          return [
            c.key,
            c.kind === 'date' || c.kind === 'datetime' ? toDate(value, c.kind) : value,
          ];
        }),
      ),
    );
    const colour = RESULT_COLOURS[item.result];
    const cell = row.getCell(resultColumn);
    cell.fill = solidFill(argb(colour.fill));
    cell.font = { color: { argb: argb(colour.text) }, bold: true };
  }
  filterHeader(sheet, ITEM_COLUMNS.length);
}

function summarySheet(workbook: ExcelJS.Workbook, ctx: ReportContext): void {
  const { report, t, lang } = ctx;
  const { totals } = report;
  const sheet = newSheet(workbook, t('sheets.summary'), ctx.lang, 0);
  sheet.columns = [
    { width: 42 },
    { width: 12 },
    ...RESULTS.map(() => ({ width: 14 })),
    { width: 14 },
    { width: 14 },
  ];
  const title = sheet.addRow([`${t('reportTitle')} — ${countryLabel(ctx)}`]);
  title.font = TITLE_FONT;
  sheet.addRow([report.assessment.title]);
  if (hasFilters(ctx))
    sheet.addRow([t('summary.filtersApplied', { filters: describeFilters(ctx) || '—' })]);
  sheet.addRow([]);

  styleHeader(sheet.addRow([t('summary.keyFigures'), t('summary.count')]));
  sheet.addRow([t('summary.items'), totals.items]);
  sheet.addRow([t('summary.completion'), formatPercent(totals.completion, lang)]);
  sheet.addRow([t('summary.score'), formatPercent(totals.score, lang)]);
  sheet.addRow([t('summary.overdueActions'), totals.overdue]);
  sheet.addRow([]);

  styleHeader(sheet.addRow([t('summary.byResult'), t('summary.count'), t('summary.share')]));
  for (const r of RESULTS) {
    const row = sheet.addRow([
      t(`results.${r}`),
      totals.counts[r],
      formatPercent(totals.items ? totals.counts[r] / totals.items : 0, lang),
    ]);
    row.getCell(1).fill = solidFill(argb(RESULT_COLOURS[r].fill));
    row.getCell(1).font = { color: { argb: argb(RESULT_COLOURS[r].text) }, bold: true };
  }
  sheet.addRow([]);

  styleHeader(sheet.addRow([t('summary.gapsByPriority'), t('summary.count')]));
  for (const p of ['high', 'medium', 'low', 'unset'] as const)
    sheet.addRow([t(`priorities.${p}`), report.gapsByPriority[p]]);
  sheet.addRow([]);

  styleHeader(
    sheet.addRow([
      t('labels.chapter'),
      t('summary.items'),
      ...RESULTS.map((r) => t(`results.${r}`)),
      t('summary.completion'),
      t('summary.score'),
    ]),
  );
  for (const c of report.byChapter) {
    const row = sheet.addRow([
      chapterHeading(ctx, c.chapter),
      c.items,
      ...RESULTS.map((r) => c.counts[r]),
      c.completion,
      c.score,
    ]);
    row.getCell(RESULTS.length + 3).numFmt = '0%';
    row.getCell(RESULTS.length + 4).numFmt = '0%';
  }
  sheet.getColumn(1).alignment = { wrapText: true, vertical: 'top' };
}

function actionPlanSheet(workbook: ExcelJS.Workbook, ctx: ReportContext): void {
  const { report, t } = ctx;
  const sheet = newSheet(workbook, t('sheets.actionPlan'), ctx.lang);
  const columns: { header: string; width: number }[] = [
    { header: t('labels.agency'), width: 26 },
    { header: t('labels.article'), width: 14 },
    { header: t('labels.provision'), width: 50 },
    { header: t('labels.result'), width: 18 },
    { header: t('labels.actionType'), width: 20 },
    { header: t('labels.action'), width: 45 },
    { header: t('labels.priority'), width: 11 },
    { header: t('labels.targetDate'), width: 12 },
    { header: t('labels.overdue'), width: 10 },
    { header: t('labels.status'), width: 14 },
  ];
  sheet.columns = columns.map((c) => ({ ...c, style: columnStyle() }));
  for (const group of report.actionPlan) {
    for (const i of group.items) {
      const row = sheet.addRow([
        group.agency || t('plan.noAgency'),
        articleRef(t, i.articleNumber, i.paragraph),
        i.provisionText,
        t(`results.${i.result}`),
        i.actionType ? t(`actionTypes.${i.actionType}`) : '',
        i.action,
        i.priority ? t(`priorities.${i.priority}`) : t('priorities.unset'),
        i.targetDate ? new Date(`${i.targetDate}T00:00:00Z`) : null,
        i.overdue ? t('labels.yes') : t('labels.no'),
        t(`statuses.${i.status}`),
      ]);
      row.getCell(8).numFmt = 'yyyy-mm-dd';
      const colour = RESULT_COLOURS[i.result];
      row.getCell(4).fill = solidFill(argb(colour.fill));
      row.getCell(4).font = { color: { argb: argb(colour.text) }, bold: true };
      if (i.overdue) row.getCell(9).font = { color: { argb: 'FF9B1C1C' }, bold: true };
    }
  }
  filterHeader(sheet, columns.length);
}

/**
 * The report as a workbook: "Items" (one row per item, every field, filterable), "Summary"
 * (counts by result, by priority and by chapter) and "Action plan". Sheet names and headers are
 * in the report language.
 */
export async function xlsxReport(
  report: AssessmentReport,
  onSheet: (sheet: string) => void = () => undefined,
): Promise<Buffer> {
  const ctx = reportContext(report);
  const workbook = newWorkbook(
    `${ctx.t('reportTitle')} — ${countryLabel(ctx)}`,
    report.generatedAt,
  );
  itemsSheet(workbook, ctx);
  onSheet('items');
  summarySheet(workbook, ctx);
  onSheet('summary');
  actionPlanSheet(workbook, ctx);
  onSheet('action-plan');
  onSheet('pack');
  return workbookBytes(workbook);
}
