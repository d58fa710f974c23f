import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { formatBytes, formatDateTime, formatPercent } from '@renderer/format/intl';
import {
  selectBackupError,
  selectBackupFraction,
  selectBackupPhase,
  selectBackupResult,
} from '@renderer/stores/system/selectors';
import { useSystemStore } from '@renderer/stores/system/store';
import { useBackupProgress } from './use-backup-progress';

export function BackupPanel() {
  const { t } = useTranslation();
  const phase = useSystemStore(selectBackupPhase);
  const fraction = useSystemStore(selectBackupFraction);
  const result = useSystemStore(selectBackupResult);
  const error = useSystemStore(selectBackupError);
  useBackupProgress();

  const percent = Math.round(fraction * 100);
  return (
    <section className="card" aria-labelledby="about-backup">
      <h2 id="about-backup" className="card__title">
        {t('about.backup')}
      </h2>
      <p className="card__text">{t('about.backupIntro')}</p>
      <button
        type="button"
        className="button button--primary"
        onClick={() => void useSystemStore.getState().backUpNow()}
        disabled={phase === 'running'}
      >
        {phase === 'running' ? t('about.backingUp') : t('about.backupNow')}
      </button>
      {(phase === 'running' || phase === 'done') && (
        <div className="progress">
          <progress
            className="progress__bar"
            max={100}
            value={percent}
            aria-label={t('about.progressLabel')}
          />
          <span className="progress__value" aria-hidden="true">
            {formatPercent(fraction)}
          </span>
        </div>
      )}
      {error && <ErrorAlert error={error} />}
      {result && (
        <div className="backup-result" role="status">
          <p className="backup-result__title">{t('about.backupDone')}</p>
          <dl className="facts">
            <dt>{t('about.backupFile')}</dt>
            <dd className="path" data-testid="backup-file">
              {result.file}
            </dd>
            <dt>{t('about.backupSize')}</dt>
            <dd data-testid="backup-size">{formatBytes(result.bytes)}</dd>
            <dt>{t('about.backupCreated')}</dt>
            <dd>{formatDateTime(result.createdAt)}</dd>
          </dl>
        </div>
      )}
    </section>
  );
}
