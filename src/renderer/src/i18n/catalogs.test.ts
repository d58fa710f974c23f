import { describe, expect, it } from 'vitest';
import { INTERFACE_LANGUAGES } from '@shared/i18n/languages';
import { englishCatalogs } from './catalogs';
import { pseudoCatalog } from './pseudo';

// Every language's catalogs against English: the same keys (plurals in the language's own
// categories), nothing extra, the same placeholders. Reads whatever languages are present,
// so a language added later is checked without touching this file.
type Catalog = { [key: string]: string | Catalog };
const ENGLISH = englishCatalogs as unknown as Record<string, Catalog>;
const AGREED = ['translation', 'sessions', 'live'];
// Read as files by the test runner, not through the app's lazy loader.
const files = import.meta.glob<Catalog>('./locales/*/*.json', { eager: true, import: 'default' });
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(catalog: Catalog, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{\{\s*([^}\s,]+)[^}]*\}\}/g)].map((m) => m[1]))].sort();

/** What a language's catalog must hold for English's keys: plural bases in its categories. */
function expectedKeys(english: Map<string, string>, language: string): Map<string, string> {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const expected = new Map<string, string>();
  for (const [key, text] of english) {
    const base = key.replace(PLURAL, '');
    if (base === key) expected.set(key, text);
    else
      for (const c of categories)
        expected.set(`${base}_${c}`, english.get(`${base}_other`) ?? text);
  }
  return expected;
}

/** Problems in one language's namespace, as readable lines (empty when it is complete). */
function catalogProblems(english: Catalog, translated: Catalog, language: string): string[] {
  const en = flatten(english);
  const expected = expectedKeys(en, language);
  const got = flatten(translated);
  const problems: string[] = [];
  for (const key of expected.keys()) if (!got.has(key)) problems.push(`missing ${key}`);
  for (const [key, text] of got) {
    const englishText = expected.get(key);
    if (englishText === undefined) {
      problems.push(`extra ${key}`);
      continue;
    }
    if (text.trim() === '') problems.push(`empty ${key}`);
    const want = placeholders(englishText);
    const have = placeholders(text);
    // A plural form for one or two may say the number in words ("un", "اثنان"); the other
    // forms, and every plain key, carry exactly English's placeholders.
    const plural = PLURAL.exec(key)?.[1];
    const ok =
      plural && plural !== 'other' && plural !== 'many' && plural !== 'few'
        ? have.every((p) => want.includes(p)) &&
          want.filter((p) => p !== 'count').every((p) => have.includes(p))
        : JSON.stringify(want) === JSON.stringify(have);
    if (!ok)
      problems.push(
        `placeholders ${key}: English {{${want.join('}}, {{')}}}, here {{${have.join('}}, {{')}}}`,
      );
  }
  return problems;
}

const languages = [...new Set(Object.keys(files).map((file) => file.split('/')[2] ?? ''))].sort();

const REPORT_DIR = '../../../shared/i18n/locales';
const reportFiles = import.meta.glob<Catalog>('../../../shared/i18n/locales/*/*.json', {
  eager: true,
  import: 'default',
});
const REPORT_ENGLISH = Object.fromEntries(
  Object.entries(reportFiles)
    .filter(([file]) => file.startsWith(`${REPORT_DIR}/en/`))
    .map(([file, catalog]) => [
      file
        .split('/')
        .pop()!
        .replace(/\.json$/, ''),
      catalog,
    ]),
);
const REPORT_LANGUAGE_DIRS = [...INTERFACE_LANGUAGES];

describe('interface catalogs', () => {
  it('has the languages shipped in this branch, with every namespace', () => {
    expect(languages).toEqual(expect.arrayContaining(['ar', 'fr', 'vi']));
    for (const language of ['ar', 'fr', 'vi'])
      for (const ns of Object.keys(ENGLISH))
        expect(files[`./locales/${language}/${ns}.json`], `${language}/${ns}.json`).toBeDefined();
  });

  for (const language of languages)
    for (const [ns, english] of Object.entries(ENGLISH))
      it(`${language}/${ns}.json has every English key, no other, the same placeholders`, () => {
        const translated = files[`./locales/${language}/${ns}.json`];
        // The agreed namespaces must be there; one added later (sync) falls back to English
        // until its file is written, and is checked as soon as it is.
        if (AGREED.includes(ns))
          expect(translated, `${language}/${ns}.json is missing`).toBeDefined();
        if (translated) expect(catalogProblems(english, translated, language)).toEqual([]);
      });

  it('has every language of the documents, with every namespace', () => {
    for (const language of REPORT_LANGUAGE_DIRS)
      for (const ns of Object.keys(REPORT_ENGLISH))
        expect(
          reportFiles[`${REPORT_DIR}/${language}/${ns}.json`],
          `${language}/${ns}.json`,
        ).toBeDefined();
  });

  // The documents' catalogs (src/shared/i18n/locales: reports, workshop report, certificates,
  // paper sheets) by the same rules; every one of the seven languages must have each file.
  for (const language of REPORT_LANGUAGE_DIRS.filter((l) => l !== 'en'))
    for (const [ns, english] of Object.entries(REPORT_ENGLISH))
      it(`documents: ${language}/${ns}.json has every English key, no other, the same placeholders`, () => {
        const translated = reportFiles[`${REPORT_DIR}/${language}/${ns}.json`];
        expect(translated, `${language}/${ns}.json is missing`).toBeDefined();
        if (translated) expect(catalogProblems(english, translated, language)).toEqual([]);
      });

  it('finds a missing plural category, an extra key and a changed placeholder', () => {
    const english = { a: { n_one: 'One item', n_other: '{{count}} items' }, b: 'Hi {{name}}' };
    expect(
      catalogProblems(
        english,
        { a: { n_one: 'x', n_other: '{{count}} y' }, b: 'z {{name}}' },
        'ru',
      ),
    ).toEqual(['missing a.n_few', 'missing a.n_many']);
    expect(
      catalogProblems(english, { a: { n_other: '{{count}}' }, b: 'z {{nom}}', c: 'extra' }, 'zh'),
    ).toEqual(['placeholders b: English {{name}}, here {{nom}}', 'extra c']);
  });

  it('makes the pseudo-locale longer, accented, with placeholders intact', () => {
    const pseudo = pseudoCatalog({ a: 'Delete {{name}}?' });
    expect(pseudo.a).toMatch(/^⟦Ðéļéţé \{\{name\}\}\? .+⟧$/);
    expect((pseudo.a as string).length).toBeGreaterThan('Delete {{name}}?'.length * 1.3);
  });
});
