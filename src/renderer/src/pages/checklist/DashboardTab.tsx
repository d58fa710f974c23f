import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RESULTS, type ItemResult } from '@shared/domain/assessment-values';
import type { Assessment } from '@shared/domain/assessments';
import {
  REPORT_SECTIONS,
  buildAssessmentReport,
  type AssessmentReport,
  type ReportItem,
  type ReportOptions,
} from '@shared/reports/assessment-report';
import { WarningIcon } from '@renderer/components/icons';
import { formatDate, formatNumber, formatPercent } from '@renderer/format/intl';
import { selectAssessment, selectHistory } from '@renderer/stores/checklist/selectors';
import { useChecklistStore } from '@renderer/stores/checklist/store';
import { selectChapters } from '@renderer/stores/library/selectors';
import { useLibraryStore } from '@renderer/stores/library/store';
import { itemRef } from './labels';
import { ResultBadge } from './ResultBadge';

/** What a report with every section and no filter contains: the dashboard shows the same. */
const ALL: ReportOptions = {
  sections: [...REPORT_SECTIONS],
  detail: 'all',
  organisation: '',
  language: 'en',
  filters: {},
};

function chaptersOf(assessment: Assessment, known: { number: string; title: string }[]) {
  if (known.length > 0) return known;
  return [...new Set(assessment.items.map((i) => i.chapter))].map((number) => ({
    number,
    title: number,
  }));
}

function KeyFigures({ report }: { report: AssessmentReport }) {
  const { t } = useTranslation();
  const { totals, gapsByPriority } = report;
  const assessed = totals.items - totals.counts['not-assessed'];
  return (
    <ul className="figures" aria-label={t('checklist.tabs.dashboard')}>
      <li className="figure" data-testid="figure-completion">
        <span className="figure__label">{t('checklist.dashboard.completion')}</span>
        <span className="figure__value">{formatPercent(totals.completion)}</span>
        <span className="figure__detail">
          {t('checklist.dashboard.completionDetail', { assessed, items: totals.items })}
        </span>
      </li>
      <li className="figure" data-testid="figure-score">
        <span className="figure__label">{t('checklist.dashboard.score')}</span>
        <span className="figure__value">
          {totals.score === null ? t('checklist.dashboard.noScore') : formatPercent(totals.score)}
        </span>
        <span className="figure__detail">{t('checklist.dashboard.scoreDetail')}</span>
      </li>
      <li className="figure" data-testid="figure-gaps">
        <span className="figure__label">{t('checklist.dashboard.gaps')}</span>
        <span className="figure__value">{formatNumber(totals.counts.gap)}</span>
        <span className="figure__detail">
          {t('checklist.dashboard.gapsDetail', { high: gapsByPriority.high })}
        </span>
      </li>
      <li
        className={totals.overdue > 0 ? 'figure figure--alert' : 'figure'}
        data-testid="figure-overdue"
      >
        <span className="figure__label">{t('checklist.dashboard.overdue')}</span>
        <span className="figure__value">
          {totals.overdue > 0 && <WarningIcon />}
          {formatNumber(totals.overdue)}
        </span>
        <span className="figure__detail">{t('checklist.dashboard.overdueDetail')}</span>
      </li>
    </ul>
  );
}

function Legend() {
  const { t } = useTranslation();
  return (
    <ul className="chart-legend" aria-label={t('checklist.dashboard.legend')}>
      {RESULTS.map((result) => (
        <li key={result} className="chart-legend__item">
          <svg className="chart-legend__swatch" viewBox="0 0 10 10" aria-hidden="true">
            <rect className={`seg seg--${result}`} width="10" height="10" rx="2" />
          </svg>
          {t(`assessment.result.${result}`)}
        </li>
      ))}
    </ul>
  );
}

function ChapterChart({ report }: { report: AssessmentReport }) {
  const { t } = useTranslation();
  const countsText = (counts: Record<ItemResult, number>) =>
    RESULTS.filter((r) => counts[r] > 0)
      .map((r) => `${formatNumber(counts[r])} ${t(`assessment.result.${r}`).toLowerCase()}`)
      .join(' · ');
  return (
    <section className="dash-card dash-card--chart" aria-labelledby="dash-chapters">
      <h2 id="dash-chapters" className="dash-card__title">
        {t('checklist.dashboard.byChapter')}
      </h2>
      <Legend />
      <ol className="chapter-bars" data-testid="chapter-chart">
        {report.byChapter.map((chapter) => {
          let x = 0;
          return (
            <li key={chapter.chapter} className="chapter-bar">
              <div className="chapter-bar__label">
                <span className="chapter-bar__name">
                  {t('checklist.dashboard.chapterRow', {
                    number: chapter.chapter,
                    title: chapter.title,
                  })}
                </span>
                <span className="chapter-bar__score">
                  {chapter.score === null ? '—' : formatPercent(chapter.score)}
                </span>
              </div>
              <svg
                className="chapter-bar__svg"
                viewBox="0 0 100 10"
                preserveAspectRatio="none"
                aria-hidden="true"
              >
                {RESULTS.map((result) => {
                  const width = (chapter.counts[result] / chapter.items) * 100;
                  const rect = (
                    <rect
                      key={result}
                      className={`seg seg--${result}`}
                      x={x}
                      y="0"
                      width={width}
                      height="10"
                    />
                  );
                  x += width;
                  return width > 0 ? rect : null;
                })}
              </svg>
              <p className="chapter-bar__counts">
                {t('checklist.dashboard.chapterSummary', { items: chapter.items })}:{' '}
                {countsText(chapter.counts)}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function GapsByPriority({ report }: { report: AssessmentReport }) {
  const { t } = useTranslation();
  const rows = [
    ['high', t('assessment.priority.high')],
    ['medium', t('assessment.priority.medium')],
    ['low', t('assessment.priority.low')],
    ['unset', t('checklist.dashboard.unset')],
  ] as const;
  return (
    <section className="dash-card" aria-labelledby="dash-priority">
      <h2 id="dash-priority" className="dash-card__title">
        {t('checklist.dashboard.byPriority')}
      </h2>
      <table className="table table--compact priority-table" data-testid="gaps-by-priority">
        <tbody>
          {rows.map(([key, label]) => (
            <tr key={key}>
              <th scope="row" className="table__row-head">
                {key === 'unset' ? (
                  label
                ) : (
                  <span className={`priority priority--${key}`}>{label}</span>
                )}
              </th>
              <td className="table__number">{formatNumber(report.gapsByPriority[key])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function ActionRow({ item }: { item: ReportItem }) {
  const { t } = useTranslation();
  return (
    <tr className={item.overdue ? 'is-overdue' : undefined}>
      <th scope="row" className="table__row-head nowrap">
        {itemRef(t, item)}
        <span className="action-result">
          <ResultBadge result={item.result} />
        </span>
      </th>
      <td className="action-text">
        {item.action || <span className="muted">{t('checklist.dashboard.noAction')}</span>}
      </td>
      <td className="nowrap">
        {item.priority ? t(`assessment.priority.${item.priority}`) : t('assessment.noPriority')}
      </td>
      <td className="nowrap">
        {item.targetDate ? formatDate(item.targetDate) : t('assessment.none')}
        {item.overdue && (
          <span className="overdue-mark">
            <WarningIcon />
            {t('assessment.overdue')}
          </span>
        )}
      </td>
      <td className="nowrap">{t(`assessment.status.${item.status}`)}</td>
    </tr>
  );
}

function ActionPlan({ report }: { report: AssessmentReport }) {
  const { t } = useTranslation();
  return (
    <section className="action-plan" aria-labelledby="dash-plan" data-testid="action-plan">
      <h2 id="dash-plan" className="section-title">
        {t('checklist.dashboard.plan')}
      </h2>
      <p className="section-intro">{t('checklist.dashboard.planIntro')}</p>
      {report.actionPlan.length === 0 && (
        <p className="empty-note">{t('checklist.dashboard.noActions')}</p>
      )}
      {report.actionPlan.map((plan) => {
        // Overdue first; otherwise the report's order (priority, then target date).
        const items = [
          ...plan.items.filter((i) => i.overdue),
          ...plan.items.filter((i) => !i.overdue),
        ];
        const heading = plan.agency || t('checklist.dashboard.noAgency');
        return (
          <div key={plan.agency} className="agency-plan">
            <h3 className="agency-plan__title">
              {heading} <span className="muted">({items.length})</span>
            </h3>
            <div className="table-scroll">
              <table className="table table--compact plan-table">
                <caption className="visually-hidden">{heading}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('checklist.dashboard.columns.item')}</th>
                    <th scope="col">{t('checklist.dashboard.columns.action')}</th>
                    <th scope="col">{t('checklist.dashboard.columns.priority')}</th>
                    <th scope="col">{t('checklist.dashboard.columns.target')}</th>
                    <th scope="col">{t('checklist.dashboard.columns.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((item) => (
                    <ActionRow key={item.id} item={item} />
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        );
      })}
    </section>
  );
}

export function DashboardTab() {
  const assessment = useChecklistStore(selectAssessment);
  const history = useChecklistStore(selectHistory);
  const chapters = useLibraryStore(selectChapters);
  const report = useMemo(
    () =>
      assessment
        ? buildAssessmentReport(
            assessment,
            history,
            chaptersOf(assessment, chapters),
            ALL,
            new Date(),
          )
        : null,
    [assessment, history, chapters],
  );
  if (!report) return null;
  return (
    <div className="dashboard" data-testid="dashboard">
      <KeyFigures report={report} />
      <div className="dash-grid">
        <ChapterChart report={report} />
        <GapsByPriority report={report} />
      </div>
      <ActionPlan report={report} />
    </div>
  );
}
