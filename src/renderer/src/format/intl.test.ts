import { describe, expect, it, vi } from 'vitest';
import { formatDate, formatDateTime, formatNumber } from './intl';

// The app's i18next instance needs a DOM; these formatters are given their language.
vi.mock('../i18n', () => ({ default: { language: 'en' } }));

describe('one date style on every screen', () => {
  it('writes a calendar date and a moment with the same medium date', () => {
    const day = formatDate('2027-01-05', 'en');
    expect(day).toBe('Jan 5, 2027');
    // A moment starts with the same date style, whatever the time zone puts it on.
    expect(formatDateTime('2027-01-05T12:00:00Z', 'en')).toMatch(/^Jan [45], 2027, \d{1,2}:\d{2}/);
    expect(formatDate('2027-01-05', 'vi')).toBe('5 thg 1, 2027');
  });

  it('keeps a calendar date on its day and leaves text that is no date as it is', () => {
    expect(formatDate('2026-12-06T23:30:00Z', 'en')).toBe('Dec 6, 2026');
    expect(formatDate('soon', 'en')).toBe('soon');
    expect(formatDateTime('not a time', 'en')).toBe('not a time');
  });

  it('writes numbers as the language does', () => {
    expect(formatNumber(1234.5, 'vi')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });
});
