import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { JobProgressBar } from '@renderer/components/JobProgressBar';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { DownloadIcon } from '@renderer/components/icons';
import { formatNumber } from '@renderer/format/intl';
import {
  REPORT_LANGUAGES,
  SESSION_REPORT_FORMATS,
  type ReportLanguage,
} from '@renderer/stores/sessions/outputs-slice';
import {
  selectCertificateError,
  selectCertificateJob,
  selectCertificatePhase,
  selectCertificateResult,
  selectCriteria,
  selectEligibility,
  selectEligibilityError,
  selectEligibilityStatus,
  selectExportCancelling,
  selectExportError,
  selectExportFraction,
  selectExportJobId,
  selectExportPhase,
  selectExportedFile,
  selectReportFormat,
  selectReportLanguage,
  selectVerified,
  selectVerifyError,
  selectVerifyPhase,
} from '@renderer/stores/sessions/selectors';
import { useSessionsStore } from '@renderer/stores/sessions/store';
import { formatDateRange, formatScore, languageName } from '../format';

function ReportExport() {
  const { t } = useTranslation('sessions');
  const base = useId();
  const format = useSessionsStore(selectReportFormat);
  const language = useSessionsStore(selectReportLanguage);
  const phase = useSessionsStore(selectExportPhase);
  const fraction = useSessionsStore(selectExportFraction);
  const jobId = useSessionsStore(selectExportJobId);
  const cancelling = useSessionsStore(selectExportCancelling);
  const error = useSessionsStore(selectExportError);
  const file = useSessionsStore(selectExportedFile);
  const store = useSessionsStore.getState;
  return (
    <section className="ws-card ws-section" aria-labelledby={`${base}-title`}>
      <h3 id={`${base}-title`} className="ws-subtitle">
        {t('outputs.report.title')}
      </h3>
      <p className="section-intro">{t('outputs.report.intro')}</p>
      <fieldset className="fieldset">
        <legend className="field__label">{t('outputs.report.format')}</legend>
        <div className="check-row">
          {SESSION_REPORT_FORMATS.map((f) => (
            <label key={f} className="check">
              <input
                type="radio"
                name={`${base}-format`}
                checked={format === f}
                onChange={() => store().setReportFormat(f)}
              />
              <span>{t(`outputs.format.${f}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="toolbar ws-toolbar">
        <label className="field__label" htmlFor={`${base}-language`}>
          {t('outputs.report.language')}
        </label>
        <select
          id={`${base}-language`}
          className="field__select ws-inline-select"
          value={language}
          onChange={(event) => store().setReportLanguage(event.target.value as ReportLanguage)}
        >
          {REPORT_LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {languageName(code)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--primary"
          disabled={phase === 'running'}
          onClick={() => void store().exportReport()}
        >
          <DownloadIcon />
          {phase === 'running' ? t('outputs.report.running') : t('outputs.report.export')}
        </button>
      </div>
      {phase === 'running' && (
        <JobProgressBar
          label={t('outputs.report.running')}
          job={{ jobId, fraction, cancelling }}
          cancelLabel={t('outputs.report.cancel')}
          onCancel={() => void store().cancelReport()}
        />
      )}
      {phase === 'cancelled' && (
        <p className="notice" role="status">
          {t('outputs.report.cancelled')}
        </p>
      )}
      {phase === 'done' && file && (
        <p className="notice notice--success" role="status">
          {t('outputs.report.done', { file })}
        </p>
      )}
      {phase === 'error' && error && (
        <ErrorAlert error={error} title={t('outputs.report.failed')} />
      )}
    </section>
  );
}

function Certificates() {
  const { t } = useTranslation('sessions');
  const base = useId();
  const criteria = useSessionsStore(selectCriteria);
  const eligibility = useSessionsStore(selectEligibility);
  const status = useSessionsStore(selectEligibilityStatus);
  const error = useSessionsStore(selectEligibilityError);
  const phase = useSessionsStore(selectCertificatePhase);
  const certError = useSessionsStore(selectCertificateError);
  const result = useSessionsStore(selectCertificateResult);
  const job = useSessionsStore(selectCertificateJob);
  const store = useSessionsStore.getState;
  const number = (value: string, max: number) =>
    Math.max(0, Math.min(max, Number.isFinite(Number(value)) ? Number(value) : 0));
  return (
    <section className="ws-card ws-section" aria-labelledby={`${base}-title`}>
      <h3 id={`${base}-title`} className="ws-subtitle">
        {t('outputs.certificates.title')}
      </h3>
      <p className="section-intro">{t('outputs.certificates.intro')}</p>
      <div className="form-grid ws-criteria">
        <div className="field">
          <label className="field__label" htmlFor={`${base}-days`}>
            {t('outputs.certificates.minDays')}
          </label>
          <input
            id={`${base}-days`}
            type="number"
            min={0}
            max={366}
            step={0.5}
            className="field__input"
            value={criteria.minDaysAttended}
            onChange={(event) =>
              store().setCriteria({ minDaysAttended: number(event.target.value, 366) })
            }
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${base}-score`}>
            {t('outputs.certificates.minScore')}
          </label>
          <input
            id={`${base}-score`}
            type="number"
            min={0}
            max={100}
            className="field__input"
            value={criteria.minPostScore}
            onChange={(event) =>
              store().setCriteria({ minPostScore: number(event.target.value, 100) })
            }
          />
        </div>
      </div>
      <div className="ws-actions">
        <button
          type="button"
          className="button"
          disabled={status === 'loading'}
          onClick={() => void store().checkEligibility()}
        >
          {t('outputs.certificates.check')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={
            phase === 'running' || (eligibility !== null && eligibility.eligible.length === 0)
          }
          onClick={() => void store().renderCertificates()}
        >
          <DownloadIcon />
          {phase === 'running'
            ? t('outputs.certificates.running')
            : t('outputs.certificates.render')}
        </button>
      </div>
      {error && <ErrorAlert error={error} />}
      {phase === 'running' && (
        <div data-testid="certificates-progress">
          <JobProgressBar
            label={t('outputs.certificates.running')}
            job={job}
            cancelLabel={t('outputs.certificates.cancel')}
            onCancel={() => void store().cancelCertificates()}
          />
        </div>
      )}
      {eligibility && (
        <div className="ws-two ws-gap-top" data-testid="eligibility">
          <div>
            <h4 className="ws-minor">
              {t('outputs.certificates.eligible', { count: eligibility.eligible.length })}
            </h4>
            {eligibility.eligible.length === 0 ? (
              <p className="muted">{t('outputs.certificates.nobody')}</p>
            ) : (
              <ul className="ws-people">
                {eligibility.eligible.map((p) => (
                  <li key={p.participantId}>
                    <span aria-hidden="true" className="ws-yes">
                      ✓{' '}
                    </span>
                    <bdi>{p.name}</bdi>{' '}
                    <span className="muted">
                      {t('outputs.certificates.eligibleDetail', {
                        days: formatNumber(p.daysAttended),
                        post: formatScore(p.post),
                      })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div>
            <h4 className="ws-minor">
              {t('outputs.certificates.ineligible', { count: eligibility.ineligible.length })}
            </h4>
            {eligibility.ineligible.length === 0 ? (
              <p className="muted">{t('outputs.certificates.everyone')}</p>
            ) : (
              <ul className="ws-people">
                {eligibility.ineligible.map((p) => (
                  <li key={p.participantId}>
                    <span aria-hidden="true" className="ws-no">
                      ✗{' '}
                    </span>
                    <bdi>{p.name}</bdi> <span className="muted">{p.reasons.join(' ')}</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
      {phase === 'cancelled' && (
        <p className="notice" role="status">
          {t('outputs.certificates.cancelled')}
        </p>
      )}
      {phase === 'done' && result && (
        <p className="notice notice--success" role="status">
          {t('outputs.certificates.done', { count: result.certificates, file: result.fileName })}
        </p>
      )}
      {phase === 'error' && certError && (
        <ErrorAlert error={certError} title={t('outputs.certificates.failed')} />
      )}
    </section>
  );
}

function VerifyCode() {
  const { t } = useTranslation('sessions');
  const base = useId();
  const [code, setCode] = useState('');
  const phase = useSessionsStore(selectVerifyPhase);
  const verified = useSessionsStore(selectVerified);
  const error = useSessionsStore(selectVerifyError);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void useSessionsStore.getState().verifyCode(code);
  };
  return (
    <form className="ws-card ws-section" aria-labelledby={`${base}-title`} onSubmit={submit}>
      <h3 id={`${base}-title`} className="ws-subtitle">
        {t('outputs.verify.title')}
      </h3>
      <p className="section-intro">{t('outputs.verify.intro')}</p>
      <div className="toolbar ws-toolbar">
        <label className="field__label" htmlFor={`${base}-code`}>
          {t('outputs.verify.code')}
        </label>
        <input
          id={`${base}-code`}
          className="field__input ws-code-input"
          value={code}
          maxLength={400}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setCode(event.target.value)}
        />
        <button type="submit" className="button" disabled={!code.trim() || phase === 'checking'}>
          {t('outputs.verify.check')}
        </button>
      </div>
      <div role="status">
        {phase === 'done' &&
          (verified ? (
            <div className="notice notice--success">
              <p className="notice__title">
                <span aria-hidden="true">✓ </span>
                {t('outputs.verify.valid')}
              </p>
              <p>
                {t('outputs.verify.holder', {
                  name: verified.name,
                  organisation: verified.organisation,
                })}
              </p>
              <p>
                {t('outputs.verify.workshop', {
                  title: verified.sessionTitle,
                  dates: formatDateRange(verified.startDate, verified.endDate),
                })}
              </p>
            </div>
          ) : (
            <p className="notice notice--warning">
              <span aria-hidden="true">✗ </span>
              {t('outputs.verify.notFound')}
            </p>
          ))}
      </div>
      {phase === 'error' && error && <ErrorAlert error={error} />}
    </form>
  );
}

export function OutputsTab() {
  const { t } = useTranslation('sessions');
  return (
    <div className="ws-stack">
      <h2 className="section-title section-title--first">{t('outputs.title')}</h2>
      <ReportExport />
      <Certificates />
      <VerifyCode />
    </div>
  );
}
