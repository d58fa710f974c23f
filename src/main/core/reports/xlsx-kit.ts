import ExcelJS from 'exceljs';
import { escapeFormula } from '../../../shared/content/csv';
import { xmlSafe } from '../../../shared/text/xml-safe';
import { type ReportLanguage } from '../../../shared/i18n/report-catalogs';
import { isRtl } from '../../../shared/reports/report-locale';

/** "#1e7b45" as ExcelJS's opaque ARGB, "FF1E7B45". */
export const argb = (colour: string) => `FF${colour.replace('#', '').toUpperCase()}`;

/** The report title on a summary sheet, in the reports' accent colour. */
export const TITLE_FONT: Partial<ExcelJS.Font> = {
  bold: true,
  size: 14,
  color: { argb: 'FF14375E' },
};

export function solidFill(argbColour: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: argbColour } };
}

const NUMBER_FORMATS: Record<string, string> = {
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
  percent: '0%',
};

/** A data column's style: top-aligned wrapped text, and the number format its kind of cell needs. */
export function columnStyle(kind?: string): Partial<ExcelJS.Style> {
  const numFmt = kind ? NUMBER_FORMATS[kind] : undefined;
  return { alignment: { vertical: 'top', wrapText: true }, ...(numFmt ? { numFmt } : {}) };
}

/** Excel forbids these in sheet names, and caps them at 31 characters. */
function sheetName(name: string): string {
  return xmlSafe(name)
    .replace(/[[\]:*?/\\]/g, ' ')
    .slice(0, 31);
}

/** A header row: bold, wrapped, shaded and underlined, like the DOCX and PDF table heads. */
export function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = solidFill('FFEEF2F6');
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF9AA5B1' } } };
  });
}

/** Styles the first row as the header and puts an autofilter on its first `columns` cells. */
export function filterHeader(sheet: ExcelJS.Worksheet, columns: number): void {
  styleHeader(sheet.getRow(1));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns } };
}

/** A sheet in the report's direction that prints on A4 landscape, one page wide. */
export function newSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  lang: ReportLanguage,
  frozenRows = 1,
): ExcelJS.Worksheet {
  return workbook.addWorksheet(sheetName(name), {
    views: [{ state: 'frozen', ySplit: frozenRows, rightToLeft: isRtl(lang) }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
}

export function newWorkbook(title: string, generatedAt: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Convention Workbench';
  workbook.created = new Date(generatedAt);
  workbook.title = xmlSafe(title);
  return workbook;
}

/** A cell's value with text cleaned of what XML cannot hold; other values unchanged. */
function xmlSafeValue(value: ExcelJS.CellValue): ExcelJS.CellValue {
  if (typeof value === 'string') return xmlSafe(value);
  if (value && typeof value === 'object' && 'richText' in value)
    return { richText: value.richText.map((r) => ({ ...r, text: xmlSafe(r.text) })) };
  if (value && typeof value === 'object' && 'hyperlink' in value)
    return { ...value, text: xmlSafe(value.text) };
  return value;
}

/**
 * The workbook as XLSX bytes. Every text cell is cleaned here, at the one place all report
 * workbooks pass through, rather than at each of the many places that add rows.
 */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  for (const sheet of workbook.worksheets)
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = xmlSafeValue(cell.value);
        if (value !== cell.value) cell.value = value;
        // Stored as a string already (never a formula); the Text format keeps it so when
        // someone edits the cell in Excel, where "=…" typed into a General cell would run.
        if (typeof value === 'string' && escapeFormula(value) !== value) cell.numFmt = '@';
      }),
    );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
