import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import appI18n from './index';
import { createWorkshopI18n } from './workshop-language';

/**
 * Shows its children in the workshop's language (the room's screens), whatever language the
 * facilitator's interface is in. Until the workshop's language is known and loaded, the
 * facilitator's is used; the tree stays the same, so nothing remounts when it switches.
 */
export function WorkshopLanguage({
  language,
  children,
}: {
  /** The workshop's language code; '' while the workshop is loading. */
  language: string;
  children: ReactNode;
}) {
  const [made, setMade] = useState<{ code: string; i18n: I18n } | null>(null);
  useEffect(() => {
    if (!language) return;
    let current = true;
    void createWorkshopI18n(language).then((i18n) => {
      if (current) setMade({ code: language, i18n });
    });
    return () => {
      current = false;
    };
  }, [language]);
  const i18n = made && made.code === language ? made.i18n : appI18n;
  return (
    <I18nextProvider i18n={i18n}>
      <div className="workshop-language" lang={i18n.language} dir={i18n.dir()}>
        {children}
      </div>
    </I18nextProvider>
  );
}
