import type { ReportLanguage, Translate } from '../i18n/report-catalogs';
import { paragraphRef } from '../library/article-reference';

/** How documents in each language write dates, percentages and references (Intl, not catalogs). */

const LOCALES: Record<ReportLanguage, string> = {
  // UN English: "5 March 2026".
  en: 'en-GB',
  fr: 'fr',
  es: 'es',
  // Arabic keeps Latin digits, as the article numbers do.
  ar: 'ar-u-nu-latn',
  ru: 'ru',
  zh: 'zh-CN',
  vi: 'vi',
};

/** The Intl locale a report language formats dates and numbers with. */
export function reportLocale(language: ReportLanguage): string {
  return LOCALES[language];
}

export function isRtl(language: ReportLanguage): boolean {
  return language === 'ar';
}

// Formatters are made once per language and options: a report writes hundreds of dates, and
// making an Intl formatter costs far more than using one (~30 ms of a short report's render).
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function madeOnce<T extends Intl.DateTimeFormat | Intl.NumberFormat>(
  key: string,
  make: () => T,
): T {
  let format = formatters.get(key) as T | undefined;
  if (!format) {
    format = make();
    formatters.set(key, format);
  }
  return format;
}

/** The report language's number format with these options. */
export function numberFormat(
  language: ReportLanguage,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  return madeOnce(
    `number ${language} ${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(reportLocale(language), options),
  );
}

function longDate(language: ReportLanguage, timeZone: string | undefined): Intl.DateTimeFormat {
  return madeOnce(
    `date ${language} ${timeZone ?? ''}`,
    () => new Intl.DateTimeFormat(reportLocale(language), { dateStyle: 'long', timeZone }),
  );
}

/**
 * A date (YYYY-MM-DD, read as a calendar day) or a timestamp, written out in the report language:
 * "5 March 2026", "5 mars 2026", "2026年3月5日". Unparseable input comes back unchanged.
 */
export function formatDate(iso: string, language: ReportLanguage, timeZone?: string): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return longDate(language, dateOnly ? 'UTC' : timeZone).format(date);
}

/** A share from 0 to 1 as a whole percentage; null (nothing to measure) as an em dash. */
export function formatPercent(value: number | null, language: ReportLanguage): string {
  if (value === null || Number.isNaN(value)) return '—';
  return numberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/** A span of days written out in the report language: "1–2 December 2026", "2026年12月1日至2日". */
export function formatDateRange(start: string, end: string, language: ReportLanguage): string {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const a = day(start);
  const b = day(end);
  if (Number.isNaN(a.getTime()) || Number.isNaN(b.getTime())) return `${start} – ${end}`;
  const format = longDate(language, 'UTC');
  if (start === end) return format.format(a);
  if (language === 'zh') {
    // ICU writes Chinese ranges as "2026/12/1 – 2026/12/2": spell them out instead.
    const [y1, m1, d1] = [a.getUTCFullYear(), a.getUTCMonth() + 1, a.getUTCDate()];
    const [y2, m2, d2] = [b.getUTCFullYear(), b.getUTCMonth() + 1, b.getUTCDate()];
    const tail = y1 !== y2 ? `${y2}年${m2}月${d2}日` : m1 !== m2 ? `${m2}月${d2}日` : `${d2}日`;
    return `${y1}年${m1}月${d1}日至${tail}`;
  }
  return format.formatRange(a, b);
}

/** "Article 7(1)(a)" in the report language (see paragraphRef). */
export function articleRef(t: Translate<'reports'>, number: number, paragraph: string): string {
  return t('articleRef', { number, paragraph: paragraphRef(paragraph) });
}

export function chapterRef(t: Translate<'reports'>, number: string): string {
  return t('chapterRef', { number });
}
