/**
 * The calendar date (YYYY-MM-DD) the user sees on their own clock. `toISOString()` gives the
 * UTC date, which is yesterday or tomorrow for hours around local midnight away from UTC.
 */
export function localDate(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
