import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { PlusIcon } from '@renderer/components/icons';
import { LoadingNotice } from '@renderer/components/LoadingNotice';
import { MovedToTrashNotice } from '@renderer/components/MovedToTrashNotice';
import { PageTitle } from '@renderer/components/PageTitle';
import { formatNumber } from '@renderer/format/intl';
import {
  selectListError,
  selectListStatus,
  selectSummaries,
} from '@renderer/stores/sessions/selectors';
import { useSessionsStore } from '@renderer/stores/sessions/store';
import { formatDateRange } from './format';
import { NewSessionDialog } from './NewSessionDialog';
import { sessionHref } from './session-routes';
import '@renderer/styles/sessions.css';

export function SessionsPage() {
  const { t } = useTranslation('sessions');
  const summaries = useSessionsStore(selectSummaries);
  const status = useSessionsStore(selectListStatus);
  const error = useSessionsStore(selectListError);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    void useSessionsStore.getState().loadList();
  }, []);

  // Newest first: the workshop being prepared is usually the latest.
  const sorted = [...summaries].sort((a, b) => b.startDate.localeCompare(a.startDate));

  return (
    <div className="page ws-page">
      <header className="page-header">
        <PageTitle documentTitle={t('list.title')}>{t('list.title')}</PageTitle>
        <p className="page-header__intro">{t('list.intro')}</p>
      </header>
      <MovedToTrashNotice
        kind="workshop"
        onUndo={() => void useSessionsStore.getState().loadList()}
      />
      <div className="toolbar">
        <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
          <PlusIcon />
          {t('list.new')}
        </button>
      </div>
      <section aria-labelledby="ws-list-title">
        <h2 id="ws-list-title" className="section-title">
          {t('list.listTitle')}
        </h2>
        {status === 'loading' && summaries.length === 0 && <LoadingNotice />}
        {error && (
          <ErrorAlert error={error} onRetry={() => void useSessionsStore.getState().loadList()} />
        )}
        {status === 'ready' && summaries.length === 0 && (
          <p className="empty-note">{t('list.empty')}</p>
        )}
        {sorted.length > 0 && (
          <div className="table-scroll ws-card">
            <table className="table ws-table">
              <caption className="visually-hidden">{t('list.listTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('list.columns.title')}</th>
                  <th scope="col">{t('list.columns.dates')}</th>
                  <th scope="col">{t('list.columns.place')}</th>
                  <th scope="col" className="table__number">
                    {t('list.columns.participants')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((s) => (
                  <tr key={s.id}>
                    <th scope="row" className="table__row-head">
                      <a href={sessionHref({ page: 'session', id: s.id })}>{s.title}</a>
                    </th>
                    <td className="nowrap">{formatDateRange(s.startDate, s.endDate)}</td>
                    <td>{s.place || <span className="muted">—</span>}</td>
                    <td className="table__number">{formatNumber(s.participantCount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {creating && <NewSessionDialog onClose={() => setCreating(false)} />}
    </div>
  );
}
