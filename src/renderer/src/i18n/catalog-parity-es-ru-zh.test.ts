import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import sessionsEn from './sessions.en.json';
import liveEn from './live.en.json';
import esTranslation from './locales/es/translation.json';
import esSessions from './locales/es/sessions.json';
import esLive from './locales/es/live.json';
import ruTranslation from './locales/ru/translation.json';
import ruSessions from './locales/ru/sessions.json';
import ruLive from './locales/ru/live.json';
import zhTranslation from './locales/zh/translation.json';
import zhSessions from './locales/zh/sessions.json';
import zhLive from './locales/zh/live.json';

// The Spanish, Russian and Chinese catalogs against the English ones: every key, no other key,
// and the same {{placeholders}}. A plural key is the English base key with each of the language's
// own plural categories (Intl.PluralRules: es one/many/other, ru one/few/many/other, zh other).
type Catalog = { [key: string]: string | Catalog };
type Namespace = 'translation' | 'sessions' | 'live';
const ENGLISH: Record<Namespace, Catalog> = { translation: en, sessions: sessionsEn, live: liveEn };
const CATALOGS: Record<string, Record<Namespace, Catalog>> = {
  es: { translation: esTranslation, sessions: esSessions, live: esLive },
  ru: { translation: ruTranslation, sessions: ruSessions, live: ruLive },
  zh: { translation: zhTranslation, sessions: zhSessions, live: zhLive },
};
const NAMESPACES = Object.keys(ENGLISH) as Namespace[];
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(catalog: Catalog, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [k, v] of flatten(value, path)) flat.set(k, v);
  }
  return flat;
}

const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]))].sort();

/** The keys a language must have for the English ones, each with the English text to match. */
function expectedKeys(english: Map<string, string>, language: string): Map<string, string> {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const expected = new Map<string, string>();
  for (const [key, text] of english) {
    if (!PLURAL_SUFFIX.test(key)) expected.set(key, text);
    else if (key.endsWith('_other')) {
      const base = key.replace(PLURAL_SUFFIX, '');
      for (const category of categories) expected.set(`${base}_${category}`, text);
    }
  }
  return expected;
}

describe.each(Object.keys(CATALOGS))('%s catalogs', (language) => {
  it.each(NAMESPACES)('%s has every English key and no other', (ns) => {
    const english = flatten(ENGLISH[ns]);
    const translated = flatten(CATALOGS[language]![ns]);
    const expected = expectedKeys(english, language);
    expect(
      [...translated.keys()].filter((k) => !expected.has(k)),
      'extra keys',
    ).toEqual([]);
    expect(
      [...expected.keys()].filter((k) => !translated.has(k)),
      'missing keys',
    ).toEqual([]);
    for (const [key, text] of translated) expect(text.trim(), `${key} is empty`).not.toBe('');
  });

  it.each(NAMESPACES)('%s keeps the English placeholders', (ns) => {
    const english = flatten(ENGLISH[ns]);
    const translated = flatten(CATALOGS[language]![ns]);
    for (const [key, text] of expectedKeys(english, language)) {
      const own = translated.get(key);
      if (own !== undefined) expect(placeholders(own), key).toEqual(placeholders(text));
    }
  });

  it('keeps article references as written in English', () => {
    const english = flatten(ENGLISH.translation);
    const translated = flatten(CATALOGS[language]!.translation);
    // "Art. {{number}}" and the like stay readable as references in every language.
    for (const [key, text] of english)
      if (text.startsWith('Art. ')) expect(translated.get(key), key).toMatch(/^Art\. /);
  });
});

describe('plural forms as i18next picks them', () => {
  const load = async (language: string) => {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: language,
      resources: { [language]: { live: CATALOGS[language]!.live } },
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
