import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '@shared/domain/sync';
import { bridge } from '@renderer/api/client';
import { watchEvents } from '@renderer/api/events';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { formatDateTime } from '@renderer/format/intl';
import { useSyncStore } from '@renderer/stores/sync/store';
import { SyncConflictsDialog } from '../checklists/SyncConflictsDialog';

function SyncForm({ status }: { status: SyncStatus }) {
  const { t } = useTranslation('sync');
  const urlId = useId();
  const tokenId = useId();
  const saving = useSyncStore((s) => s.saving);
  const [hubUrl, setHubUrl] = useState(status.hubUrl);
  const [token, setToken] = useState('');
  const changed = hubUrl.trim() !== status.hubUrl || token.trim() !== '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void useSyncStore
      .getState()
      .configure(hubUrl, token)
      .then(() => setToken(''));
  };
  return (
    <form className="form-grid" onSubmit={submit}>
      <div className="field form-grid__wide">
        <label className="field__label" htmlFor={urlId}>
          {t('hubUrl')}
        </label>
        <input
          id={urlId}
          className="field__input"
          type="url"
          value={hubUrl}
          maxLength={2000}
          placeholder="https://"
          onChange={(event) => setHubUrl(event.target.value)}
        />
        <span className="field__hint">{t('hubUrlHint')}</span>
      </div>
      <div className="field form-grid__wide">
        <label className="field__label" htmlFor={tokenId}>
          {t('token')}
        </label>
        <input
          id={tokenId}
          className="field__input"
          type="password"
          autoComplete="off"
          value={token}
          maxLength={400}
          onChange={(event) => setToken(event.target.value)}
        />
        <span className="field__hint">{status.tokenSet ? t('tokenSet') : t('tokenHint')}</span>
      </div>
      <div className="button-row form-grid__wide">
        <button type="submit" className="button" disabled={saving || !changed}>
          {saving ? t('saving') : t('save')}
        </button>
      </div>
    </form>
  );
}

function progressText(
  t: ReturnType<typeof useTranslation<'sync'>>['t'],
  progress: { step: string; current: number; total: number },
): string {
  if (progress.step === 'push') return t('progress.push', progress);
  if (progress.step === 'pull') return t('progress.pull', progress);
  if (progress.step === 'waiting') return t('progress.waiting');
  return t('progress.done');
}

/** The hub's address and this device's token, Sync now, and what the last sync did. */
export function SyncPanel() {
  const { t } = useTranslation('sync');
  const { status, error, syncing, progress, summary, conflicts } = useSyncStore();

  useEffect(() => {
    void useSyncStore.getState().load();
    return watchEvents(bridge, (event) => {
      if (event.name === 'job.progress' && event.payload.kind === 'sync')
        useSyncStore.getState().receiveProgress(event.payload);
    });
  }, []);

  return (
    <section className="card" aria-labelledby="sync-title" data-testid="sync-panel">
      <h2 id="sync-title" className="card__title">
        {t('title')}
      </h2>
      <p className="field__hint">{t('intro')}</p>
      {status && <SyncForm key={`${status.hubUrl}/${status.tokenSet}`} status={status} />}
      {status && !status.configured && <p className="notice">{t('off')}</p>}
      {status?.configured && (
        <>
          <dl className="facts sync-facts">
            <dt>{t('lastSync')}</dt>
            <dd>{status.lastSyncAt ? formatDateTime(status.lastSyncAt) : t('never')}</dd>
            <dt>{t('unsent')}</dt>
            <dd>{status.unsent}</dd>
            {status.held > 0 && (
              <>
                <dt>{t('held')}</dt>
                <dd>{status.held}</dd>
              </>
            )}
            <dt>{t('conflicts')}</dt>
            <dd>{status.conflicts}</dd>
          </dl>
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              disabled={syncing}
              onClick={() => void useSyncStore.getState().run()}
            >
              {syncing ? t('syncing') : t('syncNow')}
            </button>
            {status.conflicts > 0 && (
              <button
                type="button"
                className="button"
                onClick={() => void useSyncStore.getState().openConflicts()}
              >
                {t('decide')}
              </button>
            )}
            <span className="save-note" role="status">
              {progress
                ? progressText(t, progress)
                : summary && !syncing
                  ? t('summary', summary)
                  : ''}
            </span>
          </div>
          {!error && status.lastError && (
            <p className="notice notice--warning" role="alert">
              {t('lastError')}: {status.lastError}
            </p>
          )}
          {status.refused.length > 0 && (
            <div className="notice notice--warning" role="alert">
              <p>{t('refused.title', { count: status.refused.length })}</p>
              <ul>
                {status.refused.map((r) => (
                  <li key={r.checklistId}>{t('refused.item', r)}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
      {error && <ErrorAlert error={error} title={t('failed')} />}
      {conflicts && <SyncConflictsDialog conflicts={conflicts} />}
    </section>
  );
}
