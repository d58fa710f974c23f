import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { LoadingNotice } from '@renderer/components/LoadingNotice';
import { PageTitle } from '@renderer/components/PageTitle';
import { selectInfo, selectInfoError, selectInfoStatus } from '@renderer/stores/system/selectors';
import { useSystemStore } from '@renderer/stores/system/store';
import { BackupPanel } from './BackupPanel';
import { SettingsPanel } from './SettingsPanel';
import { SyncPanel } from './SyncPanel';
import { SystemInfoPanel } from './SystemInfoPanel';
import '@renderer/styles/about.css';

export function AboutPage() {
  const { t } = useTranslation();
  const info = useSystemStore(selectInfo);
  const status = useSystemStore(selectInfoStatus);
  const error = useSystemStore(selectInfoError);

  useEffect(() => {
    void useSystemStore.getState().loadInfo();
  }, []);

  return (
    <div className="page page--about">
      <header className="page-header">
        <PageTitle documentTitle={t('about.title')}>{t('about.title')}</PageTitle>
        <p className="page-header__intro">{t('about.intro')}</p>
      </header>
      {status === 'loading' && !info && <LoadingNotice />}
      {error && (
        <ErrorAlert error={error} onRetry={() => void useSystemStore.getState().loadInfo()} />
      )}
      <div className="card-grid">
        {info && <SystemInfoPanel info={info} />}
        <SettingsPanel />
        <SyncPanel />
        <BackupPanel />
      </div>
    </div>
  );
}
