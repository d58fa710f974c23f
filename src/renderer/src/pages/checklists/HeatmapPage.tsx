import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Heatmap } from '@shared/assessments/views';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { BackIcon } from '@renderer/components/icons';
import { LoadingNotice } from '@renderer/components/LoadingNotice';
import { PageTitle } from '@renderer/components/PageTitle';
import { formatDate, formatPercent } from '@renderer/format/intl';
import { useCountryNames } from '@renderer/format/locale';
import { checklistHref } from '@renderer/router/routes';
import {
  selectHeatmap,
  selectHeatmapError,
  selectHeatmapIds,
  selectHeatmapStatus,
  selectSummaries,
} from '@renderer/stores/checklists/selectors';
import { useChecklistsStore } from '@renderer/stores/checklists/store';
import '@renderer/styles/checklists.css';

const BANDS = ['none', 'low', 'lowmid', 'highmid', 'high'] as const;
type Band = (typeof BANDS)[number];

export function bandOf(score: number | null): Band {
  if (score === null) return 'none';
  if (score < 0.25) return 'low';
  if (score < 0.5) return 'lowmid';
  if (score < 0.75) return 'highmid';
  return 'high';
}

function ScoreCell({ score, title }: { score: number | null; title: string }) {
  const { t } = useTranslation();
  const band = bandOf(score);
  return (
    <td className={`heat heat--${band}`} title={title}>
      {score === null ? (
        <>
          <span aria-hidden="true">{t('heatmap.empty')}</span>
          <span className="visually-hidden">{t('heatmap.emptyLabel')}</span>
        </>
      ) : (
        <>
          <span className="heat__value">{formatPercent(score)}</span>
          <span className="visually-hidden">, {t(`heatmap.band.${band}`)}</span>
        </>
      )}
    </td>
  );
}

function HeatmapTable({ heatmap }: { heatmap: Heatmap }) {
  const { t } = useTranslation();
  const countries = useCountryNames();
  // Rows in the reader's alphabet of country names (the core's order within a country): "Việt Nam" sorts under V in
  // Vietnamese and "Viet Nam" in English, wherever the core listed it.
  const rows = useMemo(
    () => countries.sort(heatmap.rows, (r) => r.country),
    [countries, heatmap.rows],
  );
  return (
    <div className="table-scroll heatmap-scroll">
      <table className="table heatmap" data-testid="heatmap">
        <caption className="visually-hidden">{t('heatmap.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('heatmap.checklist')}</th>
            {heatmap.chapters.map((chapter) => (
              <th
                key={chapter.number}
                scope="col"
                className="heatmap__chapter"
                title={chapter.title}
              >
                <abbr title={chapter.title}>
                  {t('heatmap.chapterHead', { number: chapter.number })}
                </abbr>
              </th>
            ))}
            <th scope="col" className="heatmap__chapter">
              {t('heatmap.overall')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.assessmentId}>
              <th scope="row" className="table__row-head heatmap__row-head">
                <a href={checklistHref(row.assessmentId)}>{countries.name(row.country)}</a>
                <span className="heatmap__sub">
                  {/* Isolated: an Arabic date's marks would otherwise reorder the title around it. */}
                  <bdi>{row.title}</bdi> · <bdi>{formatDate(row.date)}</bdi>
                </span>
              </th>
              {row.cells.map((cell) => (
                <ScoreCell
                  key={cell.chapter}
                  score={cell.score}
                  title={`${countries.name(row.country)} · ${t('assessment.chapterName', { number: cell.chapter })}`}
                />
              ))}
              <ScoreCell
                score={row.overall}
                title={`${countries.name(row.country)} · ${t('heatmap.overall')}`}
              />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Legend() {
  const { t } = useTranslation();
  return (
    <div className="legend" aria-label={t('heatmap.legend')} role="group">
      <span className="legend__title">{t('heatmap.legend')}</span>
      <ul className="legend__list">
        {BANDS.map((band) => (
          <li key={band} className="legend__item">
            <span className={`legend__swatch heat--${band}`} aria-hidden="true" />
            {t(`heatmap.band.${band}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function HeatmapPage() {
  const { t } = useTranslation();
  const summaries = useChecklistsStore(selectSummaries);
  const heatmap = useChecklistsStore(selectHeatmap);
  const status = useChecklistsStore(selectHeatmapStatus);
  const error = useChecklistsStore(selectHeatmapError);
  const chosenIds = useChecklistsStore(selectHeatmapIds);
  const countries = useCountryNames();
  const choices = useMemo(
    () => countries.sort(summaries, (s) => s.country),
    [countries, summaries],
  );

  useEffect(() => {
    void useChecklistsStore.getState().loadList();
    void useChecklistsStore.getState().loadHeatmap();
  }, []);

  const chosen = chosenIds ?? summaries.map((s) => s.id);
  const toggle = (id: string) => {
    const next = chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id];
    void useChecklistsStore.getState().setHeatmapIds(next);
  };

  return (
    <div className="page page--heatmap">
      <header className="page-header">
        <a className="back-link" href="#/checklists">
          <BackIcon />
          {t('heatmap.back')}
        </a>
        <PageTitle documentTitle={t('heatmap.title')}>{t('heatmap.title')}</PageTitle>
        <p className="page-header__intro">{t('heatmap.intro')}</p>
      </header>
      <div className="heatmap-choice">
        <fieldset className="fieldset">
          <legend className="field__label">{t('heatmap.choose')}</legend>
          <div className="check-grid">
            {choices.map((s) => (
              <label key={s.id} className="check">
                <input
                  type="checkbox"
                  checked={chosen.includes(s.id)}
                  onChange={() => toggle(s.id)}
                />
                <span>
                  <bdi>{countries.name(s.country)}</bdi> · <bdi>{s.title}</bdi>
                </span>
              </label>
            ))}
          </div>
          <div className="button-row button-row--quiet">
            <button
              type="button"
              className="link-button"
              onClick={() =>
                void useChecklistsStore.getState().setHeatmapIds(summaries.map((s) => s.id))
              }
            >
              {t('heatmap.all')}
            </button>
            <button
              type="button"
              className="link-button"
              onClick={() => void useChecklistsStore.getState().setHeatmapIds([])}
            >
              {t('heatmap.none')}
            </button>
          </div>
        </fieldset>
      </div>
      {status === 'loading' && !heatmap && <LoadingNotice />}
      {error && <ErrorAlert error={error} title={t('heatmap.failed')} />}
      {heatmap && heatmap.rows.length === 0 && (
        <p className="empty-note">{t('heatmap.nothingChosen')}</p>
      )}
      {heatmap && heatmap.rows.length > 0 && (
        <>
          <HeatmapTable heatmap={heatmap} />
          <Legend />
        </>
      )}
    </div>
  );
}
