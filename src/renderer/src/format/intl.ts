import i18n from '../i18n';

// Formatters follow the UI language, not the machine's, so a French workshop on an English
// laptop still reads French dates. Screens the room sees (quiz-taking, presenter, live room)
// pass the workshop's language instead: see useFormatLanguage.
//
// One date style for every screen: a calendar date is "medium" ("5 Jan 2027"), a moment is the
// same date with a short time ("5 Jan 2027, 22:43"), so tables never mix "1/5/27" with "Jan 5".

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(language: string, kind: 'date' | 'moment'): Intl.DateTimeFormat {
  const key = `d:${kind}:${language}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(
      language,
      kind === 'date'
        ? { dateStyle: 'medium', timeZone: 'UTC' }
        : { dateStyle: 'medium', timeStyle: 'short' },
    );
    cache.set(key, format);
  }
  return format;
}

/** A moment (an ISO timestamp) in the reader's time zone. */
export function formatDateTime(iso: string, language = i18n.language): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat(language, 'moment').format(date);
}

/** A calendar date ("2026-03-01"), shown without shifting it through a time zone. */
export function formatDate(isoDate: string, language = i18n.language): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return dateFormat(language, 'date').format(new Date(Date.UTC(year, month - 1, day)));
}

export function formatNumber(value: number, language = i18n.language): string {
  const key = `n:${language}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(language);
    cache.set(key, format);
  }
  return format.format(value);
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

export function formatBytes(bytes: number, language = i18n.language): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: BYTE_UNITS[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

export function formatPercent(fraction: number, language = i18n.language): string {
  return new Intl.NumberFormat(language, {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(fraction);
}
