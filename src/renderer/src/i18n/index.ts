import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import sessionsEn from './sessions.en.json';
import liveEn from './live.en.json';
import syncEn from './sync.en.json';
import trashEn from './trash.en.json';
import welcomeEn from './welcome.en.json';

export const defaultNS = 'translation';

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
    };
  }
}

// Resources are bundled and init is synchronous, so the first render already has every
// string: the app works offline and never flashes untranslated keys.
void i18n.use(initReactI18next).init({
  resources: {
    en: {
      translation: en,
      sessions: sessionsEn,
      live: liveEn,
      sync: syncEn,
      trash: trashEn,
      welcome: welcomeEn,
    },
  },
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes what it renders
});

function applyDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = i18n.dir(language);
}

applyDocumentLanguage(i18n.language);
i18n.on('languageChanged', applyDocumentLanguage);

export default i18n;
