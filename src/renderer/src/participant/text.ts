import en from './locales/en.json';

export type Catalog = Record<string, string>;

// One small catalog per language, fetched on demand: the page ships English inline and the
// workshop's language as its own chunk.
const loaders: Record<string, () => Promise<{ default: Catalog }>> = {
  fr: () => import('./locales/fr.json'),
  es: () => import('./locales/es.json'),
  ar: () => import('./locales/ar.json'),
  ru: () => import('./locales/ru.json'),
  zh: () => import('./locales/zh.json'),
  vi: () => import('./locales/vi.json'),
};

export async function loadCatalog(language: string): Promise<Catalog> {
  const load = loaders[language.slice(0, 2)];
  if (!load) return en;
  try {
    return { ...en, ...(await load()).default };
  } catch {
    return en;
  }
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
