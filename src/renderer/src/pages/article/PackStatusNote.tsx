import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@renderer/format/intl';
import { usePacksStore } from '@renderer/stores/packs/store';

/**
 * The instrument's dated status (signatures, entry into force) on the articles it concerns.
 * It comes from the installed pack's manifest, so an updated pack changes it in one place.
 */
export function PackStatusNote({ article }: { article: number }) {
  const { t } = useTranslation();
  const packs = usePacksStore((s) => s.packs);
  const listStatus = usePacksStore((s) => s.listStatus);
  useEffect(() => {
    if (listStatus === 'idle') void usePacksStore.getState().loadPacks();
  }, [listStatus]);
  const status = packs.find((p) => p.isPrimary)?.status;
  if (!status?.articles.includes(article)) return null;
  return (
    <div className="status-note" role="note" data-testid="pack-status">
      <p className="status-note__title">
        {t('article.status.asOf', { date: formatDate(status.asOf) })}
      </p>
      <ul>
        {status.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="status-note__source">{t('article.status.source', { source: status.source })}</p>
    </div>
  );
}
