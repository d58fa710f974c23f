import i18next, { type i18n as I18n } from 'i18next';
import { matchLanguage } from '@shared/i18n/languages';
import {
  englishCatalogs,
  interpolationFor,
  isUiLanguage,
  loadCatalogs,
  NAMESPACES,
  numberFormatter,
  type UiLanguage,
} from './catalogs';

/** The interface language a workshop's language code ("vi", "ar-EG", "en-XA") is shown in. */
export function workshopUiLanguage(code: string): UiLanguage {
  return isUiLanguage(code) ? code : matchLanguage([code]);
}

/**
 * A separate i18next instance fixed to a workshop's language, for the screens the room sees
 * (quiz-taking, presenter). Separate, not a clone: changing it never touches the app's own
 * instance, so the facilitator's menus and document language stay in their language.
 */
export async function createWorkshopI18n(code: string): Promise<I18n> {
  const language = workshopUiLanguage(code);
  const instance = i18next.createInstance().use(numberFormatter);
  await instance.init({
    resources: { en: englishCatalogs },
    lng: 'en',
    fallbackLng: 'en',
    ns: [...NAMESPACES],
    defaultNS: 'translation',
    initAsync: false,
    interpolation: interpolationFor(instance),
  });
  await loadCatalogs(instance, language);
  await instance.changeLanguage(language);
  return instance;
}
