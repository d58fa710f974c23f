import { useTranslation } from 'react-i18next';
import type { ItemResult } from '@shared/domain/assessments';

/** A result as a word with a shape and a colour: the word alone carries the meaning. */
export function ResultBadge({ result }: { result: ItemResult }) {
  const { t } = useTranslation();
  return <span className={`result result--${result}`}>{t(`assessment.result.${result}`)}</span>;
}
