import { useTranslation } from 'react-i18next';
import type { Article } from '@shared/domain/library';
import { InfoIcon } from '@renderer/components/icons';

type Unchecked = Exclude<Article['verification'], 'text-read'>;

/** Says, calmly, that our summary still awaits a reading against the treaty text. */
export function VerificationNotice({ verification }: { verification: Unchecked }) {
  const { t } = useTranslation();
  return (
    <div className="verification-note" role="note" data-testid="verification-note">
      <InfoIcon />
      <p>{t(`article.verification.${verification}`)}</p>
    </div>
  );
}
