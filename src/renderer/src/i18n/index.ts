import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
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

export { defaultNS, isUiLanguage, type UiLanguage } from './catalogs';

// English is bundled and init is synchronous, so the first render already has every string.
// Every other language is its own chunk per namespace, fetched when it is chosen; a key it
// lacks falls back to English one by one.
void i18n
  .use(initReactI18next)
  .use(numberFormatter)
  .init({
    resources: { en: englishCatalogs },
    lng: 'en',
    fallbackLng: 'en',
    ns: [...NAMESPACES],
    initAsync: false,
    interpolation: interpolationFor(i18n),
  });

/** Remembered here too, so the next start shows the right language before the database answers. */
const STORAGE_KEY = 'cw.language';

function stored(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The chosen language, or the system's (navigator.languages) when nothing was chosen. */
export function startingLanguage(): UiLanguage {
  const chosen = stored();
  if (chosen && isUiLanguage(chosen)) return chosen;
  return matchLanguage(navigator.languages ?? [navigator.language]);
}

/**
 * Shows the interface in a language; '' means the system's. Loads the catalogs first, so the
 * switch happens in one render and never shows half-loaded text.
 */
export async function applyLanguage(choice: string): Promise<void> {
  try {
    if (choice) window.localStorage.setItem(STORAGE_KEY, choice);
    else window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage may be off (private window): the database still keeps the choice.
  }
  await showLanguage(choice && isUiLanguage(choice) ? choice : startingLanguage());
}

/** Switches the interface without remembering anything: the start-up path. */
export async function showLanguage(language: UiLanguage): Promise<void> {
  await loadCatalogs(i18n, language);
  if (i18n.language !== language) await i18n.changeLanguage(language);
}

/** The pseudo-locale is offered in development builds, and in tests that ask for it. */
export function pseudoLocaleOffered(): boolean {
  if (import.meta.env.DEV) return true;
  try {
    return window.localStorage.getItem('cw.pseudoLocale') === 'on';
  } catch {
    return false;
  }
}

function applyDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = i18n.dir(language);
}

/** The page's lang and dir follow the interface language (called by the page, not the server). */
export function followDocumentLanguage(): void {
  applyDocumentLanguage(i18n.language);
  i18n.on('languageChanged', applyDocumentLanguage);
}

export default i18n;
