import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SystemStatus } from '@shared/domain/system';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { StandaloneScreen } from '@renderer/components/StandaloneScreen';
import { useLibraryStore } from '@renderer/stores/library/store';
import { useSearchStore } from '@renderer/stores/search/store';
import { selectRecoveryAction, selectStatusError } from '@renderer/stores/system/selectors';
import { useSystemStore } from '@renderer/stores/system/store';
import { BackupTable } from './BackupTable';

type Recovery = Extract<SystemStatus, { state: 'recovery' }>;

async function restoreNewestBackup(): Promise<void> {
  await useSystemStore.getState().restoreNewestBackup();
  // Anything loaded before came from the damaged file (or failed on it): start clean.
  useLibraryStore.getState().reset();
  useSearchStore.getState().reset();
}

export function RecoveryScreen({ recovery }: { recovery: Recovery }) {
  const { t } = useTranslation();
  const action = useSystemStore(selectRecoveryAction);
  const error = useSystemStore(selectStatusError);
  const hasBackup = recovery.backups.length > 0;
  // A disk that refuses writes is fixed outside the app, and a stopped core by starting again;
  // a backup cannot help until then.
  const storageProblem =
    recovery.reason === 'read-only' ||
    recovery.reason === 'storage' ||
    recovery.reason === 'core-stopped';

  useEffect(() => {
    document.title = `${t('recovery.title')} · ${t('app.name')}`;
  }, [t]);

  return (
    <StandaloneScreen>
      <h1 className="standalone__title">{t('recovery.title')}</h1>
      <p className="standalone__lead">{t('recovery.intro')}</p>
      <div className="notice notice--warning">
        <p className="notice__title">{t(`recovery.reason.${recovery.reason}`)}</p>
        <p>{recovery.message}</p>
      </div>
      <dl className="facts">
        <dt>{t('recovery.databaseFile')}</dt>
        <dd className="path">{recovery.databaseFile}</dd>
      </dl>
      {storageProblem ? (
        <p className="help">{t('recovery.storageHelp')}</p>
      ) : (
        <>
          {hasBackup ? (
            <BackupTable backups={recovery.backups} />
          ) : (
            <p className="empty">{t('recovery.noBackups')}</p>
          )}
          {error && <ErrorAlert error={error} />}
          <p id="restore-help" className="help">
            {hasBackup ? t('recovery.restoreExplanation') : t('recovery.restoreDisabled')}
          </p>
        </>
      )}
      <div className="actions">
        {!storageProblem && (
          <button
            type="button"
            className="button button--primary"
            disabled={!hasBackup || action !== 'idle'}
            aria-describedby="restore-help"
            onClick={() => void restoreNewestBackup()}
          >
            {action === 'restoring' ? t('recovery.restoring') : t('recovery.restore')}
          </button>
        )}
        <button
          type="button"
          className="button"
          disabled={action !== 'idle'}
          onClick={() => void useSystemStore.getState().quit()}
        >
          {action === 'quitting' ? t('recovery.quitting') : t('recovery.quit')}
        </button>
      </div>
    </StandaloneScreen>
  );
}
