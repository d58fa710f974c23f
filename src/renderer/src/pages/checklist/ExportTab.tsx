import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_SECTIONS, filterItems } from '@shared/reports/assessment-report';
import { INTERFACE_LANGUAGES as REPORT_LANGUAGES, LANGUAGE_NAMES } from '@shared/i18n/languages';
import { CancelJobButton } from '@renderer/components/CancelJobButton';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { FileButton } from '@renderer/components/FileButton';
import { DownloadIcon, UploadIcon } from '@renderer/components/icons';
import { formatPercent } from '@renderer/format/intl';
import {
  selectAssessment,
  selectExportCancelling,
  selectExportError,
  selectExportFraction,
  selectExportJobId,
  selectExportPhase,
  selectExportedFile,
  selectFilters,
  selectFormat,
  selectFullDetail,
  selectLanguage,
  selectLogo,
  selectLogoError,
  selectOrganisation,
  selectSections,
  selectUseFilters,
} from '@renderer/stores/checklist/selectors';
import { useChecklistStore } from '@renderer/stores/checklist/store';
import { REPORT_FORMATS } from '@renderer/stores/checklist/export-slice';
import { hasFilters, toReportFilters } from '@renderer/stores/checklist/visible-items';

export function ExportTab() {
  const { t } = useTranslation();
  const orgId = useId();
  const languageId = useId();
  const logoHintId = useId();
  const assessment = useChecklistStore(selectAssessment);
  const format = useChecklistStore(selectFormat);
  const sections = useChecklistStore(selectSections);
  const fullDetail = useChecklistStore(selectFullDetail);
  const organisation = useChecklistStore(selectOrganisation);
  const logo = useChecklistStore(selectLogo);
  const logoError = useChecklistStore(selectLogoError);
  const language = useChecklistStore(selectLanguage);
  const useFilters = useChecklistStore(selectUseFilters);
  const filters = useChecklistStore(selectFilters);
  const phase = useChecklistStore(selectExportPhase);
  const jobId = useChecklistStore(selectExportJobId);
  const cancelling = useChecklistStore(selectExportCancelling);
  const fraction = useChecklistStore(selectExportFraction);
  const error = useChecklistStore(selectExportError);
  const exported = useChecklistStore(selectExportedFile);
  const store = useChecklistStore.getState;
  const running = phase === 'running';
  const filtered = useMemo(
    () => (assessment ? filterItems(assessment.items, toReportFilters(filters)).length : 0),
    [assessment, filters],
  );
  if (!assessment) return null;
  // JSON is the checklist file itself: sections, logo and language do not apply to it.
  const isFile = format === 'json';

  return (
    <section className="export" aria-labelledby="export-title">
      <h2 id="export-title" className="section-title section-title--first">
        {t('checklist.export.title')}
      </h2>
      <p className="section-intro">{t('checklist.export.intro')}</p>
      <form
        className="export-form"
        onSubmit={(event) => {
          event.preventDefault();
          void store().exportReport();
        }}
      >
        <fieldset className="fieldset export-form__formats">
          <legend className="field__label">{t('checklist.export.format')}</legend>
          <div className="format-choice">
            {REPORT_FORMATS.map((f) => (
              <label key={f} className="format-option">
                <input
                  type="radio"
                  name="report-format"
                  checked={format === f}
                  onChange={() => store().setFormat(f)}
                />
                <span className="format-option__name">{t(`checklist.export.formats.${f}`)}</span>
                <span className="format-option__hint">{t(`checklist.export.formatHint.${f}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset className="fieldset" disabled={isFile}>
          <legend className="field__label">{t('checklist.export.sections')}</legend>
          <div className="check-row">
            {REPORT_SECTIONS.map((section) => (
              <label key={section} className="check">
                <input
                  type="checkbox"
                  checked={sections.includes(section)}
                  onChange={() => store().toggleSection(section)}
                />
                <span>{t(`checklist.export.section.${section}`)}</span>
              </label>
            ))}
          </div>
          <label className="check">
            <input
              type="checkbox"
              checked={fullDetail}
              disabled={!sections.includes('details')}
              onChange={(event) => store().setFullDetail(event.target.checked)}
            />
            <span>{t('checklist.export.fullDetail')}</span>
          </label>
          {sections.length === 0 && (
            <p className="field__error">{t('checklist.export.needSection')}</p>
          )}
        </fieldset>

        <div className="export-form__row">
          <div className="field">
            <label className="field__label" htmlFor={orgId}>
              {t('checklist.export.organisation')}
            </label>
            <input
              id={orgId}
              className="field__input"
              value={organisation}
              maxLength={200}
              disabled={isFile}
              onChange={(event) => store().setOrganisation(event.target.value)}
            />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={languageId}>
              {t('checklist.export.language')}
            </label>
            <select
              id={languageId}
              className="field__select"
              value={language}
              disabled={isFile}
              onChange={(event) => {
                const next = REPORT_LANGUAGES.find((l) => l === event.target.value);
                if (next) store().setLanguage(next);
              }}
            >
              {REPORT_LANGUAGES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ))}
            </select>
          </div>
        </div>

        <div className="field logo-field">
          <span className="field__label">{t('checklist.export.logo')}</span>
          <div className="logo-field__row">
            {logo && (
              <img
                className="logo-preview"
                src={logo.dataUrl}
                alt={t('checklist.export.logoPreview', { file: logo.fileName })}
              />
            )}
            <FileButton
              accept=".png,.jpg,.jpeg,image/png,image/jpeg"
              disabled={isFile}
              onFile={(file) => void store().chooseLogo(file)}
            >
              <UploadIcon />
              {t('checklist.export.chooseLogo')}
            </FileButton>
            {logo && (
              <button type="button" className="link-button" onClick={() => store().removeLogo()}>
                {t('checklist.export.removeLogo')}
              </button>
            )}
            <span id={logoHintId} className="field__hint">
              {t('checklist.export.logoHint')}
            </span>
          </div>
          {logoError && (
            <p className="field__error" role="alert">
              {logoError}
            </p>
          )}
        </div>

        <label className="check">
          <input
            type="checkbox"
            checked={useFilters}
            disabled={isFile}
            onChange={(event) => store().setUseFilters(event.target.checked)}
          />
          <span>
            {t('checklist.export.useFilters')}{' '}
            <span className="muted">
              {hasFilters(filters)
                ? t('checklist.export.filtersSome', {
                    count: filtered,
                    total: assessment.items.length,
                  })
                : t('checklist.export.filtersNone')}
            </span>
          </span>
        </label>

        <div className="button-row">
          <button
            type="submit"
            className="button button--primary"
            disabled={running || (!isFile && sections.length === 0)}
          >
            <DownloadIcon />
            {running ? t('checklist.export.exporting') : t('checklist.export.export')}
          </button>
        </div>
        {running && (
          <div className="progress progress--labelled" data-testid="export-progress">
            <span className="progress__label">{t('checklist.export.exporting')}</span>
            <progress
              className="progress__bar"
              max={100}
              {...(fraction === null ? {} : { value: Math.round(fraction * 100) })}
              aria-label={t('checklist.export.progress')}
            />
            {fraction !== null && (
              <span className="progress__value" aria-hidden="true">
                {formatPercent(fraction)}
              </span>
            )}
            <CancelJobButton
              jobId={jobId}
              cancelling={cancelling}
              label={t('checklist.export.cancel')}
              onCancel={() => void useChecklistStore.getState().cancelExport()}
            />
          </div>
        )}
        {phase === 'cancelled' && (
          <p className="notice" role="status" data-testid="export-cancelled">
            {t('checklist.export.cancelled')}
          </p>
        )}
        {phase === 'done' && exported && (
          <p className="notice notice--success" role="status" data-testid="export-done">
            {t('checklist.export.done', { file: exported })}
          </p>
        )}
        {phase === 'error' && error && (
          <ErrorAlert error={error} title={t('checklist.export.failed')} />
        )}
      </form>
    </section>
  );
}
