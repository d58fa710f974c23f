import { isInterfaceLanguage, LANGUAGE_NAMES } from '@shared/i18n/languages';

// Building an Intl.DisplayNames costs a millisecond or more (it loads locale data); the
// library's first screen names languages a dozen times, so one is kept per reading language.
const namers = new Map<string, Intl.DisplayNames | null>();

function namer(inLanguage: string): Intl.DisplayNames | null {
  if (!namers.has(inLanguage)) {
    try {
      namers.set(inLanguage, new Intl.DisplayNames([inLanguage, 'en'], { type: 'language' }));
    } catch {
      namers.set(inLanguage, null);
    }
  }
  return namers.get(inLanguage) ?? null;
}

/** A language's name in another language ("vi" in English: "Vietnamese"), or its code. */
export function languageName(language: string, inLanguage: string): string {
  // Named in itself: the interface's own table, which also spares loading that locale's data.
  if (language === inLanguage && isInterfaceLanguage(language)) return LANGUAGE_NAMES[language];
  try {
    return namer(inLanguage)?.of(language) ?? language;
  } catch {
    return language; // a code DisplayNames refuses
  }
}
