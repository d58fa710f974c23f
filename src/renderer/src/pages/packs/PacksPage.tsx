import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { LoadingNotice } from '@renderer/components/LoadingNotice';
import { PageTitle } from '@renderer/components/PageTitle';
import {
  selectDownloadError,
  selectListError,
  selectListStatus,
  selectPacks,
} from '@renderer/stores/packs/selectors';
import { usePacksStore } from '@renderer/stores/packs/store';
import { ImportPackPanel } from './ImportPackPanel';
import { PackTable } from './PackTable';
import { SheetImportPanel } from './SheetImportPanel';
import { useImportProgress } from './use-import-progress';
import '@renderer/styles/packs.css';

export function PacksPage() {
  const { t } = useTranslation();
  const packs = usePacksStore(selectPacks);
  const status = usePacksStore(selectListStatus);
  const error = usePacksStore(selectListError);
  const downloadError = usePacksStore(selectDownloadError);
  useImportProgress();

  useEffect(() => {
    void usePacksStore.getState().loadPacks();
  }, []);

  return (
    <div className="page page--packs">
      <header className="page-header">
        <PageTitle documentTitle={t('packs.title')}>{t('packs.title')}</PageTitle>
        <p className="page-header__intro">{t('packs.intro')}</p>
      </header>

      <section aria-labelledby="packs-installed">
        <h2 id="packs-installed" className="section-title section-title--first">
          {t('packs.installed')}
        </h2>
        {status === 'loading' && packs.length === 0 && <LoadingNotice />}
        {error && (
          <ErrorAlert error={error} onRetry={() => void usePacksStore.getState().loadPacks()} />
        )}
        {packs.length > 0 && <PackTable packs={packs} />}
        {downloadError && <ErrorAlert error={downloadError} title={t('packs.downloadFailed')} />}
      </section>

      <div className="card-grid packs-actions">
        <ImportPackPanel />
        <SheetImportPanel />
      </div>
    </div>
  );
}
