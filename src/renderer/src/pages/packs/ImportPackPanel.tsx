import { useTranslation } from 'react-i18next';
import { CancelJobButton } from '@renderer/components/CancelJobButton';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { FileButton } from '@renderer/components/FileButton';
import { UploadIcon } from '@renderer/components/icons';
import { formatNumber, formatPercent } from '@renderer/format/intl';
import {
  selectImportCancelling,
  selectImportError,
  selectImportFileName,
  selectImportFraction,
  selectImportJobId,
  selectImportPhase,
  selectImportResult,
} from '@renderer/stores/packs/selectors';
import { usePacksStore } from '@renderer/stores/packs/store';
import { ItemWarnings } from './ItemWarnings';

function ImportResult() {
  const { t } = useTranslation();
  const result = usePacksStore(selectImportResult);
  if (!result) return null;
  const { retired } = result;
  const anyRetired = retired.provisions + retired.questions + retired.quizzes > 0;
  return (
    <div className="job-result" role="status" data-testid="pack-import-result">
      {result.unchanged ? (
        <p className="job-result__title">
          {t('packs.import.unchanged', { title: result.title, version: result.version })}
        </p>
      ) : (
        <>
          <p className="job-result__title">
            {t('packs.import.done', { title: result.title, version: result.version })}
          </p>
          <p>
            {result.previousVersion
              ? t('packs.import.updatedFrom', { version: result.previousVersion })
              : t('packs.import.new')}
          </p>
          {anyRetired && (
            <p>
              {t('packs.import.retired', {
                provisions: formatNumber(retired.provisions),
                questions: formatNumber(retired.questions),
                quizzes: formatNumber(retired.quizzes),
              })}
            </p>
          )}
        </>
      )}
      <ItemWarnings warnings={result.warnings} />
    </div>
  );
}

export function ImportPackPanel() {
  const { t } = useTranslation();
  const phase = usePacksStore(selectImportPhase);
  const fileName = usePacksStore(selectImportFileName);
  const fraction = usePacksStore(selectImportFraction);
  const jobId = usePacksStore(selectImportJobId);
  const cancelling = usePacksStore(selectImportCancelling);
  const error = usePacksStore(selectImportError);
  const running = phase === 'running';

  return (
    <section className="card" aria-labelledby="packs-import">
      <h2 id="packs-import" className="card__title">
        {t('packs.import.title')}
      </h2>
      <p className="card__text">{t('packs.import.text')}</p>
      <FileButton
        accept=".json"
        primary
        disabled={running}
        onFile={(file) => void usePacksStore.getState().importPack(file)}
      >
        <UploadIcon />
        {t('packs.import.button')}
      </FileButton>
      {running && (
        <div className="progress progress--labelled" data-testid="pack-import-progress">
          <span className="progress__label">{t('packs.import.running', { file: fileName })}</span>
          <progress
            className="progress__bar"
            max={100}
            {...(fraction === null ? {} : { value: Math.round(fraction * 100) })}
            aria-label={t('packs.import.progress')}
          />
          {fraction !== null && (
            <span className="progress__value" aria-hidden="true">
              {formatPercent(fraction)}
            </span>
          )}
          <CancelJobButton
            jobId={jobId}
            cancelling={cancelling}
            label={t('packs.import.cancel', { file: fileName })}
            onCancel={() => void usePacksStore.getState().cancelImport()}
          />
        </div>
      )}
      {phase === 'cancelled' && (
        <p className="notice" role="status" data-testid="pack-import-cancelled">
          {t('packs.import.cancelled', { file: fileName })}
        </p>
      )}
      {phase === 'done' && <ImportResult />}
      {phase === 'error' && error && (
        <ErrorAlert error={error} title={t('packs.import.failed', { file: fileName })} />
      )}
    </section>
  );
}
