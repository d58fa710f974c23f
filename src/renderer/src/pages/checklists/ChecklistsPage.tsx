import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { FileButton } from '@renderer/components/FileButton';
import { PlusIcon, UploadIcon } from '@renderer/components/icons';
import { LoadingNotice } from '@renderer/components/LoadingNotice';
import { MovedToTrashNotice } from '@renderer/components/MovedToTrashNotice';
import { PageTitle } from '@renderer/components/PageTitle';
import { checklistHref } from '@renderer/router/routes';
import {
  selectDownloadError,
  selectImportError,
  selectImportFileName,
  selectImportPhase,
  selectImportResult,
  selectListError,
  selectListStatus,
  selectPreview,
  selectSummaries,
} from '@renderer/stores/checklists/selectors';
import { useChecklistsStore } from '@renderer/stores/checklists/store';
import { ChecklistTable } from './ChecklistTable';
import { MergeDialog } from './MergeDialog';
import { NewChecklistDialog } from './NewChecklistDialog';
import '@renderer/styles/checklists.css';

function ImportStatus() {
  const { t } = useTranslation();
  const phase = useChecklistsStore(selectImportPhase);
  const fileName = useChecklistsStore(selectImportFileName);
  const error = useChecklistsStore(selectImportError);
  const result = useChecklistsStore(selectImportResult);
  if (phase === 'reading')
    return (
      <div className="progress progress--labelled">
        <span className="progress__label">
          {t('checklists.exchange.reading', { file: fileName })}
        </span>
        <progress
          className="progress__bar"
          aria-label={t('checklists.exchange.reading', { file: fileName })}
        />
      </div>
    );
  if (phase === 'error' && error)
    return <ErrorAlert error={error} title={t('checklists.exchange.failed', { file: fileName })} />;
  if (phase === 'done' && result)
    return (
      <div className="notice notice--success" role="status" data-testid="import-result">
        <p>
          {t('checklists.exchange.done', { count: result.applied, title: result.title })}{' '}
          <a href={checklistHref(result.assessmentId)}>{t('checklists.exchange.openIt')}</a>
        </p>
      </div>
    );
  return null;
}

export function ChecklistsPage() {
  const { t } = useTranslation();
  const summaries = useChecklistsStore(selectSummaries);
  const status = useChecklistsStore(selectListStatus);
  const error = useChecklistsStore(selectListError);
  const downloadError = useChecklistsStore(selectDownloadError);
  const preview = useChecklistsStore(selectPreview);
  const importPhase = useChecklistsStore(selectImportPhase);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    void useChecklistsStore.getState().loadList();
  }, []);

  return (
    <div className="page page--checklists">
      <header className="page-header">
        <PageTitle documentTitle={t('checklists.title')}>{t('checklists.title')}</PageTitle>
        <p className="page-header__intro">{t('checklists.intro')}</p>
      </header>

      <div className="toolbar" role="group" aria-label={t('checklists.title')}>
        <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
          <PlusIcon />
          {t('checklists.new')}
        </button>
        <FileButton
          accept=".json"
          disabled={importPhase === 'reading' || importPhase === 'applying'}
          onFile={(file) => void useChecklistsStore.getState().previewImport(file)}
        >
          <UploadIcon />
          {t('checklists.import')}
        </FileButton>
        <span className="toolbar__spacer" />
        <a className="button" href="#/checklists/compare">
          {t('checklists.compare')}
        </a>
        <a className="button" href="#/checklists/heatmap">
          {t('checklists.heatmap')}
        </a>
      </div>

      <ImportStatus />
      <MovedToTrashNotice
        kind="checklist"
        onUndo={() => void useChecklistsStore.getState().loadList()}
      />

      <section aria-labelledby="checklists-list">
        <h2 id="checklists-list" className="section-title">
          {t('checklists.listTitle')}
        </h2>
        {status === 'loading' && summaries.length === 0 && <LoadingNotice />}
        {error && (
          <ErrorAlert error={error} onRetry={() => void useChecklistsStore.getState().loadList()} />
        )}
        {status === 'ready' && summaries.length === 0 && (
          <p className="empty-note">{t('checklists.empty')}</p>
        )}
        {summaries.length > 0 && <ChecklistTable summaries={summaries} />}
        {downloadError && (
          <ErrorAlert error={downloadError} title={t('checklists.downloadFailed')} />
        )}
      </section>

      {creating && <NewChecklistDialog onClose={() => setCreating(false)} />}
      {preview && (importPhase === 'preview' || importPhase === 'applying') && (
        <MergeDialog preview={preview} />
      )}
    </div>
  );
}
