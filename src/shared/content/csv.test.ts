import { describe, expect, it } from 'vitest';
import { CsvError, decodeCsv, escapeFormula, parseCsv, toCsv } from './csv';

const SHEET = [
  ['name', 'organisation', 'country'],
  ['Nguyễn Thị Lan', 'Bộ Công an', 'VN'],
  ['José Müller', 'Ministère de la Justice; Paris', 'FR'],
];

/** The same sheet as a spreadsheet would save it, in a given encoding and delimiter. */
function saved(delimiter: string): string {
  return (
    SHEET.map((r) => r.map((c) => (c.includes(delimiter) ? `"${c}"` : c)).join(delimiter)).join(
      '\r\n',
    ) + '\r\n'
  );
}
const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
};

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

  it.each([
    ['comma', ','],
    ["Excel's semicolon", ';'],
    ['tab', '\t'],
  ])('guesses the %s delimiter', (_name, delimiter) => {
    expect(parseCsv(saved(delimiter))).toEqual(SHEET);
  });

  it.each([
    ['UTF-8 without a BOM', Buffer.from(saved(','), 'utf8'), 'utf-8'],
    ['UTF-8 with a BOM', Buffer.from(`\uFEFF${saved(';')}`, 'utf8'), 'utf-8'],
    [
      'UTF-16 LE with a BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(saved('\t'), 'utf16le')]),
      'utf-16le',
    ],
    [
      'UTF-16 BE with a BOM',
      Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(saved(','))]),
      'utf-16be',
    ],
  ])('decodes %s', (_name, bytes, encoding) => {
    const decoded = decodeCsv(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(parseCsv(decoded.text)).toEqual(SHEET);
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    // "José Müller;Ministère" as Excel saves it on Western Windows: é = E9, ü = FC, è = E8.
    const bytes = Buffer.from([
      ...Buffer.from('name;organisation\r\nJos'),
      0xe9,
      ...Buffer.from(' M'),
      0xfc,
      ...Buffer.from('ller;Minist'),
      0xe8,
      ...Buffer.from('re '),
      0x80,
      0x93,
      0x94,
      ...Buffer.from('\r\n'),
    ]);
    const decoded = decodeCsv(bytes);
    expect(decoded.encoding).toBe('windows-1252');
    expect(parseCsv(decoded.text)).toEqual([
      ['name', 'organisation'],
      ['José Müller', 'Ministère €“”'],
    ]);
  });

  it('names the row of a quote left open instead of swallowing the rest of the file', () => {
    const text = 'name,country\r\nLan,VN\r\n"Minh,VN\r\nAn,VN\r\nBinh,VN\r\n';
    expect(() => parseCsv(text)).toThrow(CsvError);
    expect(() => parseCsv(text)).toThrow(/^row 3: a quoted cell is not closed/);
    // A quoted line break earlier on does not shift the row number.
    const later = 'name,notes\r\nLan,"two\nlines"\r\nMinh,"open\r\nAn,x\r\n';
    expect(() => parseCsv(later)).toThrow(/^row 3:/);
  });

  it('reads an empty file as no rows', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\uFEFF\r\n')).toEqual([]);
  });
});

describe('formula escaping in exports', () => {
  it.each(['=1+1', '+33 1 23', '-2', '@SUM(A1)', '\t=cmd', '\r=cmd'])(
    'prefixes %j with an apostrophe',
    (text) => {
      expect(escapeFormula(text)).toBe(`'${text}`);
      expect(parseCsv(toCsv([[text]]))[0]![0]).toBe(`'${text}`);
    },
  );

  it('leaves ordinary text and numbers as they are', () => {
    expect(toCsv([['Lan', 'a=b', 42, -3.5, null]])).toBe('Lan,a=b,42,-3.5,\r\n');
    expect(toCsv([['=HYPERLINK("http://x","y")']])).toBe(`"'=HYPERLINK(""http://x"",""y"")"\r\n`);
  });
});
