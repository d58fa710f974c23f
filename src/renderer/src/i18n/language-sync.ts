import { bridge, call } from '@renderer/api/client';
import i18n, { applyLanguage, isUiLanguage } from './index';

/**
 * The database holds the choice (settings.interfaceLanguage); local storage only spares the
 * next start a wait for it. When the two differ (another browser, a restored backup), the
 * database wins.
 */
export async function followSavedLanguage(): Promise<void> {
  const saved = (await call('settings.get', {})).interfaceLanguage;
  if (saved && isUiLanguage(saved) && saved !== i18n.language) await applyLanguage(saved);
}

/**
 * The desktop app's menu chooses a language in the main process; the window hears it as a
 * push event. Browser mode has no menu, and its settings page switches directly.
 */
export function followMenuLanguage(): void {
  if (!window.api) return;
  bridge.onEvent((event) => {
    if (
      event.name === 'settings.languageChanged' &&
      typeof event.payload.interfaceLanguage === 'string'
    )
      void applyLanguage(event.payload.interfaceLanguage);
  });
}
