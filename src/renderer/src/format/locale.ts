import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '@shared/domain/countries';
import { compareText } from '@shared/domain/collation';

/**
 * The language the nearest i18next provider speaks: the interface's, or the workshop's inside
 * `WorkshopLanguage` (quiz-taking, presenter, live room). Formatters given this language write
 * dates and numbers the way the screen's own text does.
 */
export function useFormatLanguage(): string {
  return useTranslation().i18n.language;
}

export interface CountryNaming {
  /** The UN short name of an ISO code in the screen's language ("Viet Nam", "Việt Nam"). */
  name(code: string): string;
  /** A copy of a list in the screen's alphabet, by each item's country name. */
  sort<T>(items: readonly T[], code: (item: T) => string, then?: (item: T) => string): T[];
}

/**
 * Country names for the screen's language. The core sends ISO codes (and an English name for
 * files and old clients); every screen names the country here so a language switch renames it.
 */
export function useCountryNames(): CountryNaming {
  const language = useFormatLanguage();
  return useMemo(
    () => ({
      name: (code: string) => (code ? countryName(code, language) : ''),
      sort: <T>(items: readonly T[], code: (item: T) => string, then?: (item: T) => string) => {
        const compare = compareText(language);
        const named = items.map((item) => ({ item, name: countryName(code(item), language) }));
        named.sort(
          (a, b) => compare(a.name, b.name) || (then ? compare(then(a.item), then(b.item)) : 0),
        );
        return named.map((n) => n.item);
      },
    }),
    [language],
  );
}
