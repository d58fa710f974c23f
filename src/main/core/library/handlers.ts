import { AppError } from '../../../shared/api/envelope';
import type { DomainHandlers } from '../api/dispatch';
import type { CoreContext } from '../services';
import { effectiveContentLanguage, searchLibrary } from './library-service';

/** The services these handlers use: made before each call (services.ts). */
export const libraryNeeds = ['library', 'settings'] as const;

export function libraryHandlers({
  ready,
}: CoreContext<(typeof libraryNeeds)[number]>): DomainHandlers<'library'> {
  return {
    'library.listChapters': ({ language }) => ready().library.listChapters(language),
    'library.listArticles': ({ chapter, language }) =>
      ready().library.listArticles(chapter, language),
    'library.getArticle': ({ number, language }) => ready().library.getArticle(number, language),
    'library.search': ({ query, limit, language }) =>
      searchLibrary(ready().library, query, limit, language),
    'library.stats': () => ready().library.stats(),
    'library.contentLanguages': ({ interfaceLanguage }) => {
      const { library, settings } = ready();
      const languages = library.languages();
      const chosen = settings.contentLanguage();
      const current = effectiveContentLanguage(
        chosen,
        interfaceLanguage || settings.get().interfaceLanguage,
        languages.map((l) => l.language),
      );
      return { languages, chosen, current };
    },
    'library.setContentLanguage': ({ language }) => {
      const { library, settings } = ready();
      if (language && !library.languages().some((l) => l.language === language))
        throw new AppError(
          'VALIDATION',
          `The convention cannot be shown in "${language}": no translation into it is installed.`,
        );
      settings.setContentLanguage(language);
      return { chosen: language };
    },
  };
}
