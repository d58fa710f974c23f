import { formatDate } from '@renderer/format/intl';
import i18n from '@renderer/i18n';

/** "3 Mar 2026" or "3 Mar 2026 – 5 Mar 2026", as the language writes a range. */
export function formatDateRange(start: string, end: string): string {
  if (start === end) return formatDate(start);
  const toDate = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  };
  try {
    return new Intl.DateTimeFormat(i18n.language, {
      dateStyle: 'medium',
      timeZone: 'UTC',
    }).formatRange(toDate(start), toDate(end));
  } catch {
    return `${formatDate(start)} – ${formatDate(end)}`;
  }
}

/** A day of the workshop as a column heading: "Tue 3 Mar". */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(i18n.language, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)));
}

/** A day as a short label: "Mar 3". */
export function formatShortDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(i18n.language, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)));
}

/**
 * A score in percent (0–100), one decimal at most; a dash when there is none. The room's screens
 * pass the workshop's language (useFormatLanguage); the facilitator's use the interface's.
 */
export function formatScore(value: number | null | undefined, language = i18n.language): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(language, {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(value / 100);
}

/** A gain in percentage points, always signed: "+12.5". */
export function formatGain(value: number | null | undefined, language = i18n.language): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(language, {
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(value);
}

/** A share 0–1 as a percentage. */
export function formatShare(value: number | null | undefined, language = i18n.language): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(language, {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(value);
}

export function formatDecimal(
  value: number | null | undefined,
  digits = 2,
  language = i18n.language,
): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(language, {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(value);
}

export const WORKSHOP_LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'zh', 'vi'] as const;

export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([i18n.language], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
