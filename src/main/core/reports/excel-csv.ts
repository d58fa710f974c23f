import { toCsv } from '../../../shared/content/csv';

/**
 * CSV as UTF-8 with a byte-order mark: without it Excel guesses a legacy code page and garbles
 * Vietnamese, Arabic and Chinese.
 */
export function excelCsv(rows: Parameters<typeof toCsv>[0]): Buffer {
  return Buffer.from(`\uFEFF${toCsv(rows)}`, 'utf8');
}
