import Papa from 'papaparse';

/** A CSV file that cannot be read as it stands; `row` is the 1-based row of the file. */
export class CsvError extends Error {
  constructor(
    readonly row: number,
    message: string,
  ) {
    super(message);
  }
}

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * The text of a CSV file as spreadsheets save it: UTF-8 with or without a byte-order mark,
 * UTF-16 (Excel's "Unicode text") with one, and Windows-1252 (Excel's "CSV" on Western
 * Windows) when the bytes are not valid UTF-8.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const [a, b, c] = bytes;
  if (a === 0xff && b === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (a === 0xfe && b === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const body = a === 0xef && b === 0xbb && c === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(body), encoding: 'windows-1252' };
  }
}

/**
 * Windows-1252 by hand: Node's TextDecoder (without full ICU) reads it as Latin-1, which turns
 * 0x80–0x9F (€, curly quotes, dashes: common in text pasted from Word) into control codes.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes)
    text += byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

/**
 * RFC 4180 CSV through papaparse, with the delimiter guessed from the text: a comma, or the
 * semicolon Excel writes where the comma is the decimal sign, or a tab. A quote left open is
 * an error naming its row, never a cell that silently swallows the rest of the file.
 */
export function parseCsv(text: string): string[][] {
  const input = text.replace(/^\uFEFF/, '');
  if (input.trim() === '') return [];
  // Guessed over non-empty lines only: papaparse counts a blank line as a one-cell row, which
  // makes a two-column semicolon file look like one column. Blank lines stay in the result, so
  // row numbers match the file.
  const { delimiter } = Papa.parse<string[]>(input, {
    delimitersToGuess: [',', ';', '\t', '|'],
    skipEmptyLines: 'greedy',
    preview: 50,
  }).meta;
  const result = Papa.parse<string[]>(input, { delimiter, skipEmptyLines: false });
  const broken = result.errors.find((e) => e.type === 'Quotes');
  if (broken) {
    const row = rowOfOffset(input, quoteStart(input, broken.index));
    throw new CsvError(
      row,
      `row ${row}: a quoted cell is not closed (a " is missing), so the rest of the file cannot be read.`,
    );
  }
  const rows = result.data;
  // A final line break ends the last row; it does not start an empty one.
  while (rows.length > 0 && rows.at(-1)!.every((cell) => cell === '')) rows.pop();
  return rows;
}

/** Where the open quote papaparse reports began: its index, or the last quote before it. */
function quoteStart(input: string, index: number | undefined): number {
  if (index !== undefined && input[index] === '"') return index;
  return Math.max(0, input.lastIndexOf('"', index ?? input.length));
}

function rowOfOffset(input: string, offset: number): number {
  // Rows are counted as a spreadsheet shows them: line breaks inside closed quotes do not count.
  let row = 1;
  let quoted = false;
  for (let i = 0; i < offset && i < input.length; i++) {
    const c = input[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '\n') row++;
    else if (!quoted && c === '\r' && input[i + 1] !== '\n') row++;
  }
  return row;
}

/**
 * Text a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return before
 * one) gets a leading apostrophe, so an exported name such as "=HYPERLINK(…)" stays text.
 * Numbers are not text and stay numbers.
 */
export function escapeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const cell = (value: string | number | null | undefined) => {
    if (value === null || value === undefined) return '';
    const text = typeof value === 'number' ? String(value) : escapeFormula(value);
    return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
