import { useTranslation } from 'react-i18next';
import { countryName } from '@shared/domain/countries';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { FileButton } from '@renderer/components/FileButton';
import { JobProgressBar } from '@renderer/components/JobProgressBar';
import { UploadIcon } from '@renderer/components/icons';
import { formatNumber } from '@renderer/format/intl';
import {
  selectImportError,
  selectImportCancelled,
  selectImportFileName,
  selectImportJob,
  selectImportPhase,
  selectImportResult,
  selectPreview,
} from '@renderer/stores/sessions/selectors';
import { useSessionsStore } from '@renderer/stores/sessions/store';

/** The register sheet's columns as the people reading the preview know them. */
const COLUMNS = ['name', 'organisation', 'country', 'role', 'gender', 'email'] as const;

export function ImportRegisterButton() {
  const { t } = useTranslation('sessions');
  const phase = useSessionsStore(selectImportPhase);
  return (
    <FileButton
      accept=".csv,.xlsx"
      disabled={phase === 'reading' || phase === 'importing'}
      onFile={(file) => void useSessionsStore.getState().previewRegister(file)}
    >
      <UploadIcon />
      {t('register.import.button')}
    </FileButton>
  );
}

/**
 * The reading or import job's bar. It follows the job's progress on its own, so that each step
 * re-renders the bar, not the preview table of thousands of rows beside it.
 */
function ImportProgress({ label, cancelLabel }: { label: string; cancelLabel: string }) {
  const job = useSessionsStore(selectImportJob);
  return (
    <div data-testid="register-import-progress">
      <JobProgressBar
        label={label}
        job={job}
        cancelLabel={cancelLabel}
        onCancel={() => void useSessionsStore.getState().cancelImport()}
      />
    </div>
  );
}

export function ImportRegisterPreview() {
  const { t, i18n } = useTranslation('sessions');
  const phase = useSessionsStore(selectImportPhase);
  const preview = useSessionsStore(selectPreview);
  const error = useSessionsStore(selectImportError);
  const result = useSessionsStore(selectImportResult);
  const fileName = useSessionsStore(selectImportFileName);
  const cancelled = useSessionsStore(selectImportCancelled);
  const store = useSessionsStore.getState;

  if (phase === 'reading')
    return (
      <div role="status">
        <ImportProgress
          label={t('register.import.reading')}
          cancelLabel={t('register.import.cancelReading')}
        />
      </div>
    );
  if (phase === 'idle' && cancelled)
    return (
      <p className="notice" role="status">
        {t('register.import.cancelled')}
      </p>
    );
  if (phase === 'error' && error)
    return <ErrorAlert error={error} title={t('register.import.failed')} />;
  if (phase === 'done' && result)
    return (
      <div className="notice notice--success" role="status" data-testid="register-import-result">
        <p>{t('register.import.done', { added: result.added, matched: result.matched })}</p>
        {result.skipped.length > 0 && (
          <p>
            {t('register.import.skipped', {
              count: result.skipped.length,
              rows: result.skipped.map((r) => formatNumber(r)).join(', '),
            })}
          </p>
        )}
        <button type="button" className="link-button" onClick={() => store().closeImport()}>
          {t('common.close')}
        </button>
      </div>
    );
  if (!preview || (phase !== 'preview' && phase !== 'importing')) return null;

  const ready = preview.rows.filter((r) => r.entry !== null);
  const withProblems = preview.rows.length - ready.length;
  return (
    <section className="ws-card ws-section ws-import" aria-labelledby="ws-import-title">
      <h3 id="ws-import-title" className="ws-subtitle">
        {t('register.import.previewTitle', { file: fileName ?? '' })}
      </h3>
      {preview.fileProblem ? (
        <div className="alert" role="alert">
          <p className="alert__title">{t('register.import.fileProblem')}</p>
          <p className="alert__message">{preview.fileProblem}</p>
        </div>
      ) : (
        <p className="section-intro" role="status">
          {t('register.import.summary', { ready: ready.length, problems: withProblems })}
        </p>
      )}
      {preview.rows.length > 0 && (
        <div className="table-scroll">
          <table className="table table--compact ws-table" aria-labelledby="ws-import-title">
            <thead>
              <tr>
                <th scope="col" className="table__number">
                  {t('register.import.row')}
                </th>
                <th scope="col">{t('register.columns.name')}</th>
                <th scope="col">{t('register.columns.organisation')}</th>
                <th scope="col">{t('register.columns.country')}</th>
                <th scope="col">{t('register.columns.email')}</th>
                <th scope="col">{t('register.import.status')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row) => (
                <tr
                  key={row.row}
                  className={row.problems.length > 0 ? 'ws-row--problem' : undefined}
                  data-testid={`register-row-${row.row}`}
                >
                  <td className="table__number">{formatNumber(row.row)}</td>
                  <td>{row.cells.name || <span className="muted">—</span>}</td>
                  <td>{row.cells.organisation}</td>
                  <td>
                    {row.entry ? countryName(row.entry.country, i18n.language) : row.cells.country}
                  </td>
                  <td>{row.cells.email}</td>
                  <td>
                    {row.problems.length === 0 ? (
                      <span className="ws-status ws-status--ok">
                        <span aria-hidden="true">✓ </span>
                        {t('register.import.ok')}
                      </span>
                    ) : (
                      <ul className="ws-problems">
                        {row.problems.map((p, i) => (
                          <li key={i}>
                            <span aria-hidden="true">✗ </span>
                            <strong>
                              {(COLUMNS as readonly string[]).includes(p.column)
                                ? t(`register.columns.${p.column as (typeof COLUMNS)[number]}`)
                                : p.column}
                              :
                            </strong>{' '}
                            {p.message}
                          </li>
                        ))}
                      </ul>
                    )}
                    {row.matchesPersonId && (
                      <span className="pill ws-match">{t('register.import.matches')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {error && <ErrorAlert error={error} title={t('register.import.failed')} />}
      {cancelled && (
        <p className="notice" role="status">
          {t('register.import.cancelled')}
        </p>
      )}
      {phase === 'importing' && (
        <ImportProgress
          label={t('register.import.importing')}
          cancelLabel={t('register.import.cancelImport')}
        />
      )}
      <div className="ws-actions">
        <button
          type="button"
          className="button button--primary"
          disabled={ready.length === 0 || phase === 'importing'}
          onClick={() => void store().importRegister()}
        >
          {phase === 'importing'
            ? t('register.import.importing')
            : t('register.import.confirm', { count: ready.length })}
        </button>
        <button
          type="button"
          className="button"
          disabled={phase === 'importing'}
          onClick={() => store().closeImport()}
        >
          {t('common.cancel')}
        </button>
        {withProblems > 0 && ready.length > 0 && (
          <span className="muted">{t('register.import.willSkip', { count: withProblems })}</span>
        )}
      </div>
    </section>
  );
}
