// exceljs takes a good part of a second to load: it loads on the first sheet, not at start-up.
import type ExcelJS from 'exceljs';
import { extname } from 'node:path';
import { AppError } from '../../../shared/api/envelope';
import { CsvError, decodeCsv, parseCsv, toCsv } from '../../../shared/content/csv';
import {
  QUESTION_SHEET_COLUMNS,
  QUESTION_SHEET_HELP,
} from '../../../shared/content/question-sheet';
import { checkZipSize } from './zip-size';

// A sheet of a few thousand rows unpacks to a few MB; this is far above that and far below memory.
const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return String(value.result ?? '');
    if (value instanceof Date) return value.toISOString().slice(0, 10);
  }
  return String(value);
}

/** A CSV file's rows in whatever encoding and delimiter it was saved with (shared/content/csv.ts). */
function readCsvRows(fileName: string, content: Buffer): string[][] {
  try {
    return parseCsv(decodeCsv(content).text);
  } catch (error) {
    if (error instanceof CsvError)
      throw new AppError('VALIDATION', `${fileName}, ${error.message}`);
    throw error;
  }
}

/** The rows of the first sheet of an XLSX file, or of a CSV file, as text cells. */
export async function readSheetRows(fileName: string, content: Buffer): Promise<string[][]> {
  const extension = extname(fileName).toLowerCase();
  if (extension === '.csv') return readCsvRows(fileName, content);
  if (extension !== '.xlsx')
    throw new AppError(
      'VALIDATION',
      `${fileName}: questions can be imported from .xlsx or .csv files.`,
    );
  await checkZipSize(content, fileName, MAX_UNPACKED_BYTES);
  const workbook = new (await import('exceljs')).default.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new AppError('VALIDATION', `${fileName} could not be read as an Excel workbook.`);
  }
  const sheet =
    workbook.worksheets.find((w) => w.name.toLowerCase() === 'questions') ?? workbook.worksheets[0];
  if (!sheet) throw new AppError('VALIDATION', `${fileName} has no worksheet.`);
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, QUESTION_SHEET_COLUMNS.length); c++)
      cells.push(cellText(row.getCell(c).value));
    rows[number - 1] = cells;
  });
  return Array.from(rows, (r) => r ?? []);
}

/** The blank template: a Questions sheet with the header row and a Help sheet explaining each column. */
export async function questionTemplate(format: 'xlsx' | 'csv'): Promise<Buffer> {
  if (format === 'csv') return Buffer.from(toCsv([[...QUESTION_SHEET_COLUMNS]]), 'utf8');
  const workbook = new (await import('exceljs')).default.Workbook();
  workbook.creator = 'Convention Workbench';
  const questions = workbook.addWorksheet('Questions', { views: [{ state: 'frozen', ySplit: 1 }] });
  questions.columns = QUESTION_SHEET_COLUMNS.map((key) => ({
    header: key,
    key,
    width: ['prompt', 'scenario', 'explanation'].includes(key) ? 48 : 18,
  }));
  questions.getRow(1).font = { bold: true };
  for (let r = 2; r <= 500; r++) {
    questions.getCell(r, 2).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: ['"single,multiple,true-false,matching,scenario"'],
    };
    questions.getCell(r, 4).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: ['"easy,medium,hard"'],
    };
  }
  const help = workbook.addWorksheet('Help');
  help.columns = [
    { header: 'column', key: 'column', width: 16 },
    { header: 'what to write', key: 'help', width: 100 },
  ];
  help.getRow(1).font = { bold: true };
  for (const column of QUESTION_SHEET_COLUMNS)
    help.addRow({ column, help: QUESTION_SHEET_HELP[column] });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
