import { useTranslation } from 'react-i18next';
import type { ObligationLevel } from '@shared/domain/library';

// The word is always shown: colour only reinforces it, for readers who cannot tell colours apart.
export function ObligationBadge({ level }: { level: ObligationLevel }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${level}`}>{t(`obligation.${level}`)}</span>;
}
