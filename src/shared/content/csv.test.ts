import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from './csv';

describe('CSV', () => {
  it('reads quoted commas, quotes and line breaks, and ignores a BOM', () => {
    expect(parseCsv('\uFEFFa,"b, c","say ""hi""","two\nlines"\r\nx,,z\r\n')).toEqual([
      ['a', 'b, c', 'say "hi"', 'two\nlines'],
      ['x', '', 'z'],
    ]);
  });

  it('round-trips text in any script', () => {
    const rows = [['Điều 7', 'المادة 7', '第七条', 'quote " and, comma']];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});
