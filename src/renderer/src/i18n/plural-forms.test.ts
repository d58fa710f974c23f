import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import esLive from './locales/es/live.json';
import ruLive from './locales/ru/live.json';
import zhLive from './locales/zh/live.json';

// catalogs.test.ts checks that every language has each plural category Intl.PluralRules names;
// this checks that i18next then picks the right one for real counts.
const CATALOGS: Record<string, object> = { es: esLive, ru: ruLive, zh: zhLive };

describe('plural forms as i18next picks them', () => {
  const load = async (language: string) => {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: language,
      resources: { [language]: { live: CATALOGS[language]! } },
      interpolation: { escapeValue: false },
    });
    return (count: number) => i18n.t('setup.seconds', { ns: 'live', count });
  };

  it('uses the Russian one, few and many forms', async () => {
    const seconds = await load('ru');
    expect([1, 3, 5, 21, 22, 25].map(seconds)).toEqual([
      '1 секунда',
      '3 секунды',
      '5 секунд',
      '21 секунда',
      '22 секунды',
      '25 секунд',
    ]);
  });

  it('uses the Spanish one and many forms, and the one Chinese form', async () => {
    const es = await load('es');
    expect([1, 2].map(es)).toEqual(['1 segundo', '2 segundos']);
    expect(es(1_000_000)).toBe('1000000 segundos');
    const zh = await load('zh');
    expect([1, 2].map(zh)).toEqual(['1 秒', '2 秒']);
  });
});
