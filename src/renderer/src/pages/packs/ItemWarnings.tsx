import { useTranslation } from 'react-i18next';

/** What the item-writing check found in imported questions: installed anyway, worth a look. */
export function ItemWarnings({ warnings }: { warnings: string[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <details className="item-warnings" data-testid="item-warnings">
      <summary>{t('packs.itemCheck.summary', { count: warnings.length })}</summary>
      <p>{t('packs.itemCheck.text')}</p>
      <ul>
        {warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
    </details>
  );
}
