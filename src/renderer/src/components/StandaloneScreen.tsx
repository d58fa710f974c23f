import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrandMark } from './icons';

/** The frame for screens shown instead of the app: recovery, access denied, start-up failure. */
export function StandaloneScreen({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="standalone">
      <header className="standalone__brand">
        <BrandMark />
        <span className="brand__name">{t('app.name')}</span>
      </header>
      <main id="main" className="standalone__card" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
