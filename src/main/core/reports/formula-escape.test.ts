import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { excelCsv } from './excel-csv';
import { newWorkbook, workbookBytes } from './xlsx-kit';

const HOSTILE = ['=HYPERLINK("http://127.0.0.1/x","click")', '+1', '-1+2', '@SUM(A1)', '\t=1'];

describe('spreadsheet formulas in exports', () => {
  it('CSV: text that would run gets an apostrophe; numbers stay numbers', () => {
    const csv = excelCsv([['name', 'score'], ...HOSTILE.map((name, i) => [name, i - 1])])
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\r\n');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://127.0.0.1/x"",""click"")",-1`);
    expect(lines[2]).toBe(`'+1,0`);
    expect(lines[3]).toBe(`'-1+2,1`);
    expect(lines[4]).toBe(`'@SUM(A1),2`);
    expect(lines[5]).toBe(`"'\t=1",3`);
  });

  it('XLSX: such text is a string cell in Text format, never a formula; numbers stay numbers', async () => {
    const workbook = newWorkbook('t', '2026-12-06T00:00:00Z');
    const sheet = workbook.addWorksheet('Items');
    for (const [i, text] of HOSTILE.entries()) sheet.addRow([text, i, 'plain']);
    const read = new ExcelJS.Workbook();
    await read.xlsx.load((await workbookBytes(workbook)) as unknown as ArrayBuffer);
    const back = read.getWorksheet('Items')!;
    for (const [i, text] of HOSTILE.entries()) {
      const row = back.getRow(i + 1);
      expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String);
      expect(row.getCell(1).value).toBe(text);
      expect(row.getCell(1).numFmt).toBe('@');
      expect(row.getCell(2).value).toBe(i);
      expect(row.getCell(2).type).toBe(ExcelJS.ValueType.Number);
      expect(row.getCell(3).numFmt).not.toBe('@');
    }
  });
});
