import ar from './locales/ar.json';
import en from './locales/en.json';
import es from './locales/es.json';
import fr from './locales/fr.json';
import ru from './locales/ru.json';
import vi from './locales/vi.json';
import zh from './locales/zh.json';

export type Catalog = Record<string, string>;

// Every language ships inside the page (a few kilobytes each): the room's listener serves only
// the files the page names, and a phone must not wait on a second request to read its language.
const catalogs: Record<string, Catalog> = { ar, en, es, fr, ru, vi, zh };

export function loadCatalog(language: string): Catalog {
  return { ...en, ...(catalogs[language.slice(0, 2)] ?? {}) };
}

const language = () => document.documentElement.lang || 'en';

/** i18next's conventions, so the catalogs read like the app's: {{name}} and key_one/key_other. */
export function t(
  catalog: Catalog,
  key: string,
  values: Record<string, string | number> = {},
): string {
  let text = catalog[key];
  if (typeof values.count === 'number') {
    const form = new Intl.PluralRules(language()).select(values.count);
    text = catalog[`${key}_${form}`] ?? catalog[`${key}_other`] ?? text;
  }
  text ??= (en as Catalog)[key] ?? key;
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name];
    return typeof value === 'number'
      ? new Intl.NumberFormat(language()).format(value)
      : (value ?? '');
  });
}
