import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrashEntry } from '@shared/domain/trash';
import { readTrashDetail } from '@shared/domain/trash-detail';
import { Dialog } from '@renderer/components/Dialog';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { LoadingNotice } from '@renderer/components/LoadingNotice';
import { PageTitle } from '@renderer/components/PageTitle';
import { formatDate, formatDateTime } from '@renderer/format/intl';
import { useCountryNames } from '@renderer/format/locale';
import { useTrashStore } from '@renderer/stores/trash/store';
import '@renderer/styles/trash.css';

function PurgeDialog({ entry, onClose }: { entry: TrashEntry; onClose(): void }) {
  const { t } = useTranslation('trash');
  const busy = useTrashStore((s) => s.busy === entry.id);
  return (
    <Dialog title={t('purgeTitle')} onClose={onClose} busy={busy}>
      <p>{t('purgeBody', { title: entry.title })}</p>
      <div className="dialog__actions">
        <button type="button" className="button" disabled={busy} onClick={onClose}>
          {t('cancel')}
        </button>
        <button
          type="button"
          className="button button--danger"
          disabled={busy}
          onClick={() =>
            void useTrashStore
              .getState()
              .purge(entry.id)
              .then((done) => done && onClose())
          }
        >
          {t('purgeConfirm')}
        </button>
      </div>
    </Dialog>
  );
}

/** The entry's country, date and size in the reader's language, from the facts the core stored. */
function Detail({ entry }: { entry: TrashEntry }) {
  const { t } = useTranslation('sessions');
  const countries = useCountryNames();
  const detail = readTrashDetail(entry.kind, entry.detail);
  return (
    <span className="trash-detail">
      {detail.kind === 'checklist' && (
        <>
          <bdi>{countries.name(detail.country)}</bdi> · <bdi>{formatDate(detail.date)}</bdi>
        </>
      )}
      {detail.kind === 'workshop' && (
        <>
          <bdi>{formatDate(detail.date)}</bdi> ·{' '}
          {t('session.participants', { count: detail.people })}
        </>
      )}
      {detail.kind === 'text' && <bdi>{detail.text}</bdi>}
    </span>
  );
}

function TrashRow({ entry, onPurge }: { entry: TrashEntry; onPurge(entry: TrashEntry): void }) {
  const { t } = useTranslation('trash');
  const busy = useTrashStore((s) => s.busy);
  return (
    <tr data-testid="trash-row">
      <th scope="row" className="table__row-head">
        <bdi>{entry.title}</bdi>
        <Detail entry={entry} />
      </th>
      <td>{t(`kind.${entry.kind}`)}</td>
      <td>{t('deletedBy', { date: formatDateTime(entry.deletedAt), who: entry.deletedBy })}</td>
      <td>{formatDate(entry.purgeAfter.slice(0, 10))}</td>
      <td>
        <div className="row-actions">
          <button
            type="button"
            className="button button--small"
            disabled={busy !== null}
            aria-label={t('restoreLabel', { title: entry.title })}
            onClick={() => void useTrashStore.getState().restore(entry.id)}
          >
            {busy === entry.id ? t('restoring') : t('restore')}
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={busy !== null}
            aria-label={t('purgeLabel', { title: entry.title })}
            onClick={() => onPurge(entry)}
          >
            {t('purge')}
          </button>
        </div>
      </td>
    </tr>
  );
}

/** Deleted workshops, checklists and register entries: restore them, or delete them for good. */
export function TrashPage() {
  const { t } = useTranslation('trash');
  const entries = useTrashStore((s) => s.entries);
  const status = useTrashStore((s) => s.listStatus);
  const error = useTrashStore((s) => s.listError);
  const actionError = useTrashStore((s) => s.actionError);
  const [purging, setPurging] = useState<TrashEntry | null>(null);

  useEffect(() => {
    void useTrashStore.getState().load();
  }, []);

  return (
    <div className="page trash-page">
      <header className="page-header">
        <PageTitle documentTitle={t('title')}>{t('title')}</PageTitle>
        <p className="page-header__intro">{t('intro')}</p>
      </header>
      {status === 'loading' && entries.length === 0 && <LoadingNotice />}
      {error && <ErrorAlert error={error} onRetry={() => void useTrashStore.getState().load()} />}
      {actionError && <ErrorAlert error={actionError} title={t('actionFailed')} />}
      {status === 'ready' && entries.length === 0 && <p className="empty-note">{t('empty')}</p>}
      {entries.length > 0 && (
        <div className="table-scroll">
          <table className="table" data-testid="trash">
            <caption className="visually-hidden">{t('caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('columns.item')}</th>
                <th scope="col">{t('columns.kind')}</th>
                <th scope="col">{t('columns.deleted')}</th>
                <th scope="col">{t('columns.until')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <TrashRow key={entry.id} entry={entry} onPurge={setPurging} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {purging && <PurgeDialog entry={purging} onClose={() => setPurging(null)} />}
    </div>
  );
}
