import type { FormatterModule, i18n as I18n } from 'i18next';
import {
  isInterfaceLanguage,
  PSEUDO_LANGUAGE,
  type InterfaceLanguage,
} from '@shared/i18n/languages';
import en from './en.json';
import sessionsEn from './sessions.en.json';
import liveEn from './live.en.json';
import syncEn from './sync.en.json';
import trashEn from './trash.en.json';
import welcomeEn from './welcome.en.json';
import contentEn from './content.en.json';
import { pseudoCatalog } from './pseudo';

export const defaultNS = 'translation';
export const NAMESPACES = [
  'translation',
  'sessions',
  'live',
  'sync',
  'trash',
  'welcome',
  'content',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNS;
    resources: {
      translation: typeof en;
      sessions: typeof sessionsEn;
      live: typeof liveEn;
      sync: typeof syncEn;
      trash: typeof trashEn;
      welcome: typeof welcomeEn;
      content: typeof contentEn;
    };
  }
}

/** English is bundled with the start-up chunk; it is every other language's fallback. */
export const englishCatalogs = {
  translation: en,
  sessions: sessionsEn,
  live: liveEn,
  sync: syncEn,
  trash: trashEn,
  welcome: welcomeEn,
  content: contentEn,
};

type CatalogModule = { default: Record<string, unknown> };
// One lazy chunk per language and namespace: a language is fetched only when it is shown.
const catalogFiles = import.meta.glob<CatalogModule>('./locales/*/*.json');

/** A language the app can show: one of the seven, or the pseudo-locale. */
export type UiLanguage = InterfaceLanguage | typeof PSEUDO_LANGUAGE;
export const isUiLanguage = (value: string): value is UiLanguage =>
  isInterfaceLanguage(value) || value === PSEUDO_LANGUAGE;

/**
 * Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, presentation
 * forms) and the right-to-left and Arabic letter marks Intl puts into Arabic dates.
 */
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u061c]/;

/**
 * Interpolation shared by the app's instance and a workshop's. In a right-to-left language
 * every inserted value is wrapped in a Unicode isolate, so it keeps its own direction inside
 * the sentence instead of reordering the words around it: a value with Arabic letters in a
 * first-strong isolate, anything else (a number, "11(1)(a)", an English title, a date) in a
 * left-to-right one. Left-to-right languages get the value as it is.
 */
export function interpolationFor(instance: I18n) {
  return {
    // Every value goes through numberFormatter, so a count reads "1.234" in Vietnamese and
    // "1 234" in French without each catalog string asking for it.
    alwaysFormat: true,
    // React escapes what it renders; this "escape" only adds the isolates.
    escapeValue: true,
    escape: (value: string) => {
      if (instance.dir() !== 'rtl') return value;
      return `${RTL_LETTER.test(value) ? '\u2068' : '\u2066'}${value}\u2069`;
    },
  };
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * The formatter of both i18next instances: a number inserted into a string is written the way
 * the string's language writes numbers (Intl); anything else is inserted as it is. The catalogs
 * use no named formats ("{{x, date}}"), so this replaces i18next's own formatter.
 */
export const numberFormatter: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  add: () => undefined,
  addCached: () => undefined,
  format(value: unknown, _format, lng) {
    if (typeof value !== 'number' || !Number.isFinite(value)) return value as string;
    const language = lng ?? 'en';
    let format = numberFormats.get(language);
    if (!format) {
      format = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
      numberFormats.set(language, format);
    }
    return format.format(value);
  },
};

/** Puts a language's catalogs into an i18next instance (the app's, or a workshop's own). */
export async function loadCatalogs(instance: I18n, language: UiLanguage): Promise<void> {
  if (language === 'en') return;
  if (language === PSEUDO_LANGUAGE) {
    for (const ns of NAMESPACES)
      if (!instance.hasResourceBundle(language, ns))
        instance.addResourceBundle(language, ns, pseudoCatalog(englishCatalogs[ns]));
    return;
  }
  await Promise.all(
    NAMESPACES.map(async (ns) => {
      if (instance.hasResourceBundle(language, ns)) return;
      const load = catalogFiles[`./locales/${language}/${ns}.json`];
      if (load) instance.addResourceBundle(language, ns, (await load()).default, true, true);
    }),
  );
}
