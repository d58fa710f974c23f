import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { matchLanguage } from '@shared/i18n/languages';
import { createWorkshopI18n, workshopUiLanguage } from './workshop-language';
import sessionsEn from './sessions.en.json';

describe('the workshop language', () => {
  it('gives the room screens their own instance in the workshop language', async () => {
    const app = i18next.createInstance();
    await app.init({ lng: 'en', resources: { en: { sessions: sessionsEn } } });
    const vi = await createWorkshopI18n('vi');
    const ar = await createWorkshopI18n('ar-EG');
    expect(vi.language).toBe('vi');
    expect(vi.t('present.next', { ns: 'sessions' })).not.toBe(sessionsEn.present.next);
    expect(ar.dir()).toBe('rtl');
    expect(ar.t('present.quizQuestions', { ns: 'sessions', count: 2 })).toMatch(/2|سؤالان/);
    // The facilitator's instance is untouched by either.
    expect(app.language).toBe('en');
    expect(app.t('present.next', { ns: 'sessions' })).toBe(sessionsEn.present.next);
  });

  it('isolates inserted values in right-to-left text only', async () => {
    const ar = await createWorkshopI18n('ar');
    const fr = await createWorkshopI18n('fr');
    expect(ar.t('present.articleTitle', { ns: 'sessions', number: 11, title: 'Misuse' })).toBe(
      'المادة \u206611\u2069 — \u2066Misuse\u2069',
    );
    expect(ar.t('form.removeCountry', { ns: 'sessions', country: 'فيتنام' })).toBe(
      'إزالة \u2068فيتنام\u2069',
    );
    // An Arabic date from Intl carries right-to-left marks: it keeps the direction Intl gave it.
    const date = new Intl.DateTimeFormat('ar', { dateStyle: 'medium' }).format(
      new Date(2026, 11, 6),
    );
    expect(date).toMatch(/\u200f/);
    expect(ar.t('attendance.dayOption', { ns: 'sessions', n: 1, date })).toBe(
      `اليوم \u20661\u2069 — \u2068${date}\u2069`,
    );
    expect(fr.t('present.articleTitle', { ns: 'sessions', number: 11, title: 'Abus' })).toBe(
      'Article 11 — Abus',
    );
  });

  it('writes inserted numbers as the language writes them, and leaves text alone', async () => {
    const vi = await createWorkshopI18n('vi');
    const fr = await createWorkshopI18n('fr');
    const en = await createWorkshopI18n('en');
    const count = 1234;
    expect(vi.t('session.participants', { ns: 'sessions', count })).toContain('1.234');
    expect(fr.t('session.participants', { ns: 'sessions', count })).toContain('1\u202f234');
    expect(en.t('session.participants', { ns: 'sessions', count })).toBe('1,234 participants');
    // A number written as text (an article, a year in a title) is inserted unchanged.
    expect(vi.t('present.articleTitle', { ns: 'sessions', number: '2026', title: '1234' })).toMatch(
      /2026.*1234/,
    );
  });

  it('maps workshop codes and browser locales to the interface languages', () => {
    expect(workshopUiLanguage('fr-CA')).toBe('fr');
    expect(workshopUiLanguage('en-XA')).toBe('en-XA');
    expect(matchLanguage(['ar-EG', 'en'])).toBe('ar');
    expect(matchLanguage(['vi-VN'])).toBe('vi');
    expect(matchLanguage(['zh-Hans-CN'])).toBe('zh');
    expect(matchLanguage(['de-DE', 'ru_RU'])).toBe('ru');
    expect(matchLanguage(['de-DE'])).toBe('en');
  });
});
