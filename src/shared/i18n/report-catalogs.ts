import i18next from 'i18next';
import certificatesEn from './locales/en/certificates.json';
import paperEn from './locales/en/paper.json';
import reportsEn from './locales/en/reports.json';
import workshopReportEn from './locales/en/workshop-report.json';
import { INTERFACE_LANGUAGES, isInterfaceLanguage, type InterfaceLanguage } from './languages';

/**
 * The fixed text of the documents the core writes — the checklist report (`reports`), the
 * workshop report (`workshop-report`), certificates and the paper sheets (`paper`) — in the
 * same i18next JSON catalogs as the interface: one file per language and namespace under
 * `locales/<lng>/`. English is bundled (every other language falls back to it key by key);
 * another language is read when a document in it is first asked for (loadReportLanguage).
 */

/** The languages a document can be written in: the interface's seven. */
export type ReportLanguage = InterfaceLanguage;
export const REPORT_LANGUAGES: readonly ReportLanguage[] = INTERFACE_LANGUAGES;
export const isReportLanguage = isInterfaceLanguage;

const ENGLISH = {
  reports: reportsEn,
  'workshop-report': workshopReportEn,
  certificates: certificatesEn,
  paper: paperEn,
};
export type ReportNamespace = keyof typeof ENGLISH;
export const REPORT_NAMESPACES = Object.keys(ENGLISH) as ReportNamespace[];

type PluralBase<K extends string> =
  K extends `${infer B}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? B : K;
/** Every key of a catalog as a dotted path ("summary.overview"); plural forms by their base. */
type Keys<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${PluralBase<K>}` : Keys<T[K], `${P}${K}.`>;
}[keyof T & string];

export type ReportKey<NS extends ReportNamespace> = Keys<(typeof ENGLISH)[NS]>;
/** Interpolated values; `count` also picks the plural form (Intl.PluralRules of the language). */
export type ReportValues = Record<string, string | number>;
/** One language's text of one namespace. */
export type Translate<NS extends ReportNamespace> = (
  key: ReportKey<NS>,
  values?: ReportValues,
) => string;

// Under vitest a key or a value a text needs that is missing throws, with no fallback to
// English: a test that renders a document in every language proves each catalog complete.
const strict = typeof process !== 'undefined' && process.env['VITEST'] !== undefined;

const instance = i18next.createInstance();
void instance.init({
  resources: { en: ENGLISH },
  lng: 'en',
  fallbackLng: strict ? false : 'en',
  ns: REPORT_NAMESPACES,
  defaultNS: false,
  initAsync: false,
  returnNull: false,
  // The exporters escape for their own format (HTML, DOCX XML, spreadsheet cells).
  interpolation: { escapeValue: false },
  saveMissing: strict,
  missingKeyHandler: (languages, ns, key) => {
    throw new Error(`Report text ${ns}:${key} is missing in ${[languages].flat().join(', ')}.`);
  },
  missingInterpolationHandler: strict
    ? (text: string, match: RegExpExecArray) => {
        throw new Error(`Report text "${text}" has no value for ${match[0]}.`);
      }
    : undefined,
});

/** Reads a language's catalogs into the instance once; English is there from the start. */
export async function loadReportLanguage(language: ReportLanguage): Promise<void> {
  await Promise.all(
    REPORT_NAMESPACES.map(async (ns) => {
      if (instance.hasResourceBundle(language, ns)) return;
      const file = (await import(`./locales/${language}/${ns}.json`)) as {
        default: Record<string, unknown>;
      };
      instance.addResourceBundle(language, ns, file.default, true, true);
    }),
  );
}

/**
 * The text of one namespace in one language. The language must have been loaded
 * (loadReportLanguage) unless it is English: asking first is a programming error.
 */
export function reportTranslator<NS extends ReportNamespace>(
  language: ReportLanguage,
  ns: NS,
): Translate<NS> {
  if (!instance.hasResourceBundle(language, ns))
    throw new Error(`Report text in "${language}" was used before loadReportLanguage.`);
  // Typed by this module's own key unions, not by the interface's i18next resource types.
  const fixedT = instance.getFixedT.bind(instance) as unknown as (
    lng: string,
    ns: string,
  ) => (key: string, options: Record<string, unknown>) => string;
  const t = fixedT(language, ns);
  return (key, values) => t(key, { ...values });
}
