import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** Moves focus to the main area without touching the hash, which belongs to the router. */
export function SkipLink({ target }: { target: string }) {
  const { t } = useTranslation();
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(target)?.focus();
  };
  return (
    <a className="skip-link" href={`#${target}`} onClick={skip}>
      {t('app.skipToContent')}
    </a>
  );
}
