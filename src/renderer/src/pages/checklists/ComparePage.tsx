import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison } from '@shared/assessments/views';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { BackIcon } from '@renderer/components/icons';
import { LoadingNotice } from '@renderer/components/LoadingNotice';
import { PageTitle } from '@renderer/components/PageTitle';
import { formatDate } from '@renderer/format/intl';
import { useCountryNames } from '@renderer/format/locale';
import { navigate } from '@renderer/router/use-route';
import {
  selectCompareError,
  selectCompareStatus,
  selectComparison,
  selectSummaries,
} from '@renderer/stores/checklists/selectors';
import { useChecklistsStore } from '@renderer/stores/checklists/store';
import { ResultBadge } from '../checklist/ResultBadge';
import '@renderer/styles/checklists.css';
import { itemRef } from '@renderer/pages/checklist/labels';

const SHOWN_TOTALS = [
  'improved',
  'regressed',
  'newly-assessed',
  'changed',
  'unchanged',
  'only-in-base',
  'only-in-other',
] as const;

function ComparisonView({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation();
  return (
    <div className="comparison" data-testid="comparison">
      <h2 className="section-title">{t('compare.totalsTitle')}</h2>
      <ul className="totals">
        {SHOWN_TOTALS.filter(
          (kind) =>
            (comparison.totals[kind] ?? 0) > 0 ||
            kind === 'improved' ||
            kind === 'regressed' ||
            kind === 'newly-assessed',
        ).map((kind) => (
          <li key={kind} className={`total total--${kind}`} data-testid={`total-${kind}`}>
            <span className="total__value">{comparison.totals[kind] ?? 0}</span>
            <span className="total__label">{t(`compare.kind.${kind}`)}</span>
          </li>
        ))}
      </ul>
      <h2 className="section-title">{t('compare.changesTitle')}</h2>
      {comparison.changes.length === 0 ? (
        <p className="empty-note">{t('compare.noChanges')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table table--compact">
            <caption className="visually-hidden">{t('compare.changesTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('compare.columns.item')}</th>
                <th scope="col">{t('compare.columns.before')}</th>
                <th scope="col">{t('compare.columns.after')}</th>
                <th scope="col">{t('compare.columns.change')}</th>
              </tr>
            </thead>
            <tbody>
              {comparison.changes.map((change) => (
                <tr key={change.provisionId}>
                  <th scope="row" className="table__row-head">
                    {itemRef(t, change)}
                  </th>
                  <td>{change.before ? <ResultBadge result={change.before} /> : '—'}</td>
                  <td>{change.after ? <ResultBadge result={change.after} /> : '—'}</td>
                  <td>
                    <span className={`change change--${change.kind}`}>
                      {t(`compare.kind.${change.kind}`)}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

export function ComparePage({ base, other }: { base?: string; other?: string }) {
  const { t } = useTranslation();
  const baseId = useId();
  const otherId = useId();
  const hintId = useId();
  const summaries = useChecklistsStore(selectSummaries);
  const comparison = useChecklistsStore(selectComparison);
  const status = useChecklistsStore(selectCompareStatus);
  const error = useChecklistsStore(selectCompareError);

  useEffect(() => {
    void useChecklistsStore.getState().loadList();
  }, []);

  useEffect(() => {
    if (base && other) void useChecklistsStore.getState().compare(base, other);
    else useChecklistsStore.getState().clearComparison();
  }, [base, other]);

  const countries = useCountryNames();
  const sorted = countries.sort(summaries, (s) => s.country);
  const baseSummary = summaries.find((s) => s.id === base);
  const candidates = baseSummary
    ? sorted.filter((s) => s.country === baseSummary.country && s.id !== baseSummary.id)
    : [];
  const label = (s: (typeof summaries)[number]) =>
    t('compare.option', {
      country: countries.name(s.country),
      title: s.title,
      date: formatDate(s.date),
    });
  const shown = comparison && comparison.base.id === base && comparison.other.id === other;

  return (
    <div className="page page--compare">
      <header className="page-header">
        <a className="back-link" href="#/checklists">
          <BackIcon />
          {t('compare.back')}
        </a>
        <PageTitle documentTitle={t('compare.title')}>{t('compare.title')}</PageTitle>
        <p className="page-header__intro">{t('compare.intro')}</p>
      </header>
      <form className="filters compare-form" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label className="field__label" htmlFor={baseId}>
            {t('compare.base')}
          </label>
          <select
            id={baseId}
            className="field__select"
            value={base ?? ''}
            onChange={(event) => {
              const next = event.target.value || undefined;
              const nextSummary = summaries.find((s) => s.id === next);
              const keepOther =
                other && summaries.find((s) => s.id === other)?.country === nextSummary?.country
                  ? other
                  : undefined;
              navigate({
                page: 'compare',
                base: next,
                other: keepOther === next ? undefined : keepOther,
              });
            }}
          >
            <option value="">{t('compare.choose')}</option>
            {sorted.map((s) => (
              <option key={s.id} value={s.id}>
                {label(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={otherId}>
            {t('compare.other')}
          </label>
          <select
            id={otherId}
            className="field__select"
            value={other ?? ''}
            disabled={!baseSummary}
            aria-describedby={hintId}
            onChange={(event) =>
              navigate({ page: 'compare', base, other: event.target.value || undefined })
            }
          >
            <option value="">{t('compare.choose')}</option>
            {candidates.map((s) => (
              <option key={s.id} value={s.id}>
                {label(s)}
              </option>
            ))}
          </select>
        </div>
        <p id={hintId} className="field__hint compare-form__hint">
          {baseSummary
            ? t('compare.sameCountry', { country: countries.name(baseSummary.country) })
            : t('compare.needTwo')}
        </p>
      </form>
      {status === 'loading' && !shown && <LoadingNotice />}
      {error && <ErrorAlert error={error} title={t('compare.failed')} />}
      {shown && <ComparisonView comparison={comparison} />}
    </div>
  );
}
