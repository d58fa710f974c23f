import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '@shared/domain/assessments';
import { implementationScore } from '@shared/assessments/stats';
import { call } from '@renderer/api/client';
import { DownloadIcon } from '@renderer/components/icons';
import { MoveToTrashButton } from '@renderer/components/MoveToTrashButton';
import { formatDate, formatDateTime, formatPercent } from '@renderer/format/intl';
import { useCountryNames } from '@renderer/format/locale';
import { checklistHref } from '@renderer/router/routes';
import { selectDownloading, selectHighlighted } from '@renderer/stores/checklists/selectors';
import { useChecklistsStore } from '@renderer/stores/checklists/store';
import { CycleDialog } from './CycleDialog';

function ChecklistRow({
  summary,
  onNewCycle,
}: {
  summary: AssessmentSummary;
  onNewCycle(summary: AssessmentSummary): void;
}) {
  const { t } = useTranslation();
  const countries = useCountryNames();
  const downloading = useChecklistsStore(selectDownloading);
  const highlighted = useChecklistsStore(selectHighlighted) === summary.id;
  const score = implementationScore(summary.counts);
  const fraction = summary.itemCount === 0 ? 0 : summary.assessed / summary.itemCount;
  return (
    <tr className={highlighted ? 'is-highlighted' : undefined} data-testid="checklist-row">
      <th scope="row" className="table__row-head checklist-head">
        <a href={checklistHref(summary.id)} className="checklist-title">
          {summary.title}
        </a>
        {highlighted && <span className="pill checklist-new">{t('checklists.added')}</span>}
        <span className="checklist-sub">
          <span className="checklist-country">{countries.name(summary.country)}</span>
          <span className="checklist-code">{summary.country}</span>
          <span aria-hidden="true">·</span>
          <span>{formatDate(summary.date)}</span>
        </span>
      </th>
      <td className="checklist-progress">
        <progress
          className="progress__bar"
          max={summary.itemCount || 1}
          value={summary.assessed}
          aria-label={t('checklists.progressLabel', { title: summary.title })}
        />
        <span className="checklist-progress__text">
          {t('checklists.progress', {
            percent: formatPercent(fraction),
            assessed: summary.assessed,
            items: summary.itemCount,
          })}
        </span>
      </td>
      <td className="table__number">
        {score === null ? (
          <span aria-label={t('checklists.noScoreLabel')}>{t('checklists.noScore')}</span>
        ) : (
          formatPercent(score)
        )}
      </td>
      <td className="checklist-updated">{formatDateTime(summary.updatedAt)}</td>
      <td>
        <div className="row-actions">
          <a
            className="button button--small"
            href={checklistHref(summary.id)}
            aria-label={t('checklists.openLabel', { title: summary.title })}
          >
            {t('checklists.open')}
          </a>
          <button
            type="button"
            className="button button--small"
            aria-label={t('checklists.newCycleLabel', { title: summary.title })}
            onClick={() => onNewCycle(summary)}
          >
            {t('checklists.newCycle')}
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={downloading !== null}
            aria-label={t('checklists.exportFileLabel', { title: summary.title })}
            onClick={() => void useChecklistsStore.getState().downloadFile(summary.id)}
          >
            <DownloadIcon />
            {downloading === summary.id ? t('checklists.preparing') : t('checklists.exportFile')}
          </button>
          <MoveToTrashButton
            small
            kind="checklist"
            title={summary.title}
            remove={() => call('assessments.delete', { id: summary.id })}
            onMoved={() => void useChecklistsStore.getState().loadList()}
          />
        </div>
      </td>
    </tr>
  );
}

export function ChecklistTable({ summaries }: { summaries: AssessmentSummary[] }) {
  const { t } = useTranslation();
  const [cycleOf, setCycleOf] = useState<AssessmentSummary | null>(null);
  const countries = useCountryNames();
  // The core lists by country code; the reader sees names, so the rows follow the names in the
  // interface language's alphabet (each country's cycles keep the core's newest-first order).
  const rows = useMemo(() => countries.sort(summaries, (s) => s.country), [countries, summaries]);
  return (
    <>
      <div className="table-scroll">
        <table className="table checklist-table" aria-labelledby="checklists-list">
          <thead>
            <tr>
              <th scope="col">{t('checklists.columns.title')}</th>
              <th scope="col">{t('checklists.columns.progress')}</th>
              <th scope="col" className="table__number">
                {t('checklists.columns.score')}
              </th>
              <th scope="col">{t('checklists.columns.updated')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('checklists.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((summary) => (
              <ChecklistRow key={summary.id} summary={summary} onNewCycle={setCycleOf} />
            ))}
          </tbody>
        </table>
      </div>
      {cycleOf && <CycleDialog source={cycleOf} onClose={() => setCycleOf(null)} />}
    </>
  );
}
