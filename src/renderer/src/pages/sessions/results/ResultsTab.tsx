import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionResults } from '@shared/training/results';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { LoadingNotice } from '@renderer/components/LoadingNotice';
import { useCountryNames } from '@renderer/format/locale';
import { articleHref, checklistHref } from '@renderer/router/routes';
import {
  selectResults,
  selectResultsError,
  selectResultsStatus,
} from '@renderer/stores/sessions/selectors';
import { useSessionsStore } from '@renderer/stores/sessions/store';
import { formatDecimal, formatGain, formatScore, formatShare } from '../format';
import { ScrollBox } from '../ScrollBox';
import { ResultStack, ScoreBars } from './Bars';
import { GroupGains } from './GroupGains';
import { ItemAnalysis } from './ItemAnalysis';

function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="ws-figure">
      <dt className="ws-figure__label">{label}</dt>
      <dd className="ws-figure__value">{value}</dd>
      {note && <dd className="ws-figure__note">{note}</dd>}
    </div>
  );
}

function GainFigures({ results }: { results: SessionResults }) {
  const { t } = useTranslation('sessions');
  const k = results.knowledgeGain;
  return (
    <section aria-labelledby="ws-gain-title">
      <h3 id="ws-gain-title" className="ws-subtitle">
        {t('results.gainTitle')}
      </h3>
      <p className="section-intro">{t('results.gainIntro', { count: k.participantsWithBoth })}</p>
      <dl className="ws-figures" data-testid="gain-figures">
        <Figure label={t('results.meanPre')} value={formatScore(k.meanPre)} />
        <Figure label={t('results.meanPost')} value={formatScore(k.meanPost)} />
        <Figure
          label={t('results.meanGain')}
          value={formatGain(k.meanGain)}
          note={t('results.points')}
        />
        <Figure
          label={t('results.medianGain')}
          value={formatGain(k.medianGain)}
          note={t('results.points')}
        />
        <Figure label={t('results.shareImproved')} value={formatShare(k.shareImproved)} />
        <Figure
          label={t('results.normalisedGain')}
          value={formatDecimal(k.normalisedGain)}
          note={t('results.normalisedNote')}
        />
      </dl>
    </section>
  );
}

function ParticipantsTable({ results }: { results: SessionResults }) {
  const { t } = useTranslation('sessions');
  return (
    <section aria-labelledby="ws-people-title">
      <h3 id="ws-people-title" className="ws-subtitle">
        {t('results.participantsTitle')}
      </h3>
      <div className="table-scroll ws-card">
        <table className="table table--compact ws-table" data-testid="participant-gains">
          <caption className="visually-hidden">{t('results.participantsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.participant')}</th>
              <th scope="col" className="table__number">
                {t('results.pre')}
              </th>
              <th scope="col" className="table__number">
                {t('results.post')}
              </th>
              <th scope="col" className="table__number">
                {t('results.gain')}
              </th>
              <th scope="col" className="table__number">
                {t('results.normalised')}
              </th>
            </tr>
          </thead>
          <tbody>
            {results.participants.map((p) => (
              <tr key={p.participantId}>
                <th scope="row" className="table__row-head">
                  <bdi>{p.name}</bdi>
                </th>
                <td className="table__number">{formatScore(p.pre)}</td>
                <td className="table__number">{formatScore(p.post)}</td>
                <td className="table__number">
                  <span className={gainClass(p.gain)}>{formatGain(p.gain)}</span>
                </td>
                <td className="table__number">{formatDecimal(p.normalisedGain)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

const gainClass = (gain: number | null) =>
  gain === null
    ? 'muted'
    : gain > 0
      ? 'ws-gain ws-gain--up'
      : gain < 0
        ? 'ws-gain ws-gain--down'
        : 'ws-gain';

function BarLegend() {
  const { t } = useTranslation('sessions');
  return (
    <p className="ws-legend">
      <span className="ws-legend__item">
        <span className="ws-swatch ws-swatch--pre" aria-hidden="true" />
        {t('results.pre')}
      </span>
      <span className="ws-legend__item">
        <span className="ws-swatch ws-swatch--post" aria-hidden="true" />
        {t('results.post')}
      </span>
    </p>
  );
}

function ByChapter({ results }: { results: SessionResults }) {
  const { t } = useTranslation('sessions');
  if (results.byChapter.length === 0) return null;
  return (
    <section aria-labelledby="ws-chapter-title">
      <h3 id="ws-chapter-title" className="ws-subtitle">
        {t('results.byChapter')}
      </h3>
      <BarLegend />
      <ul className="ws-bar-list">
        {results.byChapter.map((c) => (
          <li key={c.chapter} className="ws-bar-row">
            <span className="ws-bar-row__label">
              {t('results.chapterLabel', { number: c.chapter, title: c.title })}
            </span>
            <ScoreBars pre={c.pre} post={c.post} />
            <span className="ws-bar-row__values">
              {t('results.prePost', { pre: formatScore(c.pre), post: formatScore(c.post) })}{' '}
              <span className={gainClass(c.gain)}>({formatGain(c.gain)})</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ByArticle({ results }: { results: SessionResults }) {
  const { t } = useTranslation('sessions');
  const naming = useCountryNames();
  if (results.byArticle.length === 0) return null;
  // Weakest understanding first: where the room needs the most help.
  const rows = [...results.byArticle].sort(
    (a, b) => (a.post ?? a.pre ?? 101) - (b.post ?? b.pre ?? 101),
  );
  const countries = naming.sort(results.targetChecklists, (c) => c.country);
  return (
    <section aria-labelledby="ws-article-title">
      <h3 id="ws-article-title" className="ws-subtitle">
        {t('results.byArticle')}
      </h3>
      <p className="section-intro">
        {countries.length > 0
          ? t('results.byArticleIntro', {
              checklists: countries.map((c) => naming.name(c.country)).join(', '),
            })
          : t('results.byArticleNoChecklist')}
      </p>
      {countries.length > 0 && (
        <p className="ws-legend">
          {countries.map((c) => (
            <a key={c.assessmentId} href={checklistHref(c.assessmentId)}>
              {t('results.checklistLink', { country: naming.name(c.country), title: c.title })}
            </a>
          ))}
        </p>
      )}
      <BarLegend />
      <ScrollBox label={t('results.byArticle')}>
        <table className="table table--compact ws-table ws-articles" data-testid="article-gains">
          <caption className="visually-hidden">{t('results.byArticle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.article')}</th>
              <th scope="col">{t('results.understanding')}</th>
              <th scope="col" className="table__number">
                {t('results.gain')}
              </th>
              {countries.length > 0 && <th scope="col">{t('results.lawStatus')}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => {
              // A priority where a country's law has gaps and its own participants (the room,
              // when too few of them answered to be shown) understand the article least.
              const room = a.post ?? a.pre ?? 100;
              const priority = a.checklists.some(
                (c) => c.gap > 0 && (c.post ?? c.pre ?? room) < 60,
              );
              return (
                <tr key={a.articleNumber} className={priority ? 'ws-row--focus' : undefined}>
                  <th scope="row" className="table__row-head">
                    <a href={articleHref(a.articleNumber)}>
                      {t('results.articleLabel', { number: a.articleNumber, title: a.title })}
                    </a>
                    {priority && <span className="pill ws-priority">{t('results.priority')}</span>}
                  </th>
                  <td className="ws-articles__bars">
                    <ScoreBars pre={a.pre} post={a.post} />
                    <span className="ws-bar-row__values">
                      {t('results.prePost', { pre: formatScore(a.pre), post: formatScore(a.post) })}
                    </span>
                  </td>
                  <td className="table__number">
                    <span className={gainClass(a.gain)}>{formatGain(a.gain)}</span>
                  </td>
                  {countries.length > 0 && (
                    <td>
                      {a.checklists.length === 0 ? (
                        <span className="muted">{t('results.noProvisions')}</span>
                      ) : (
                        naming
                          .sort(a.checklists, (c) => c.country)
                          .map((c) => (
                            <div key={c.country} className="ws-law">
                              {/* The code keeps the column narrow; the name is its title and what a screen reader says. */}
                              <span className="ws-law__country">
                                <abbr title={naming.name(c.country)} aria-hidden="true">
                                  {c.country}
                                </abbr>
                                <span className="visually-hidden">{naming.name(c.country)}</span>
                              </span>
                              <ResultStack {...c} />
                              <span className="ws-law__counts">
                                {c.gap + c.partial + c.implemented === 0
                                  ? t('results.lawNotAssessed')
                                  : [
                                      t('results.lawGap', { count: c.gap }),
                                      t('results.lawPartial', { count: c.partial }),
                                      t('results.lawImplemented', { count: c.implemented }),
                                    ].join(' · ')}
                              </span>
                              {/* That country's own participants, under its law; nothing when too few answered. */}
                              {(c.pre !== null || c.post !== null) && (
                                <span className="ws-law__understanding">
                                  {t('results.understanding')}:{' '}
                                  {t('results.prePost', {
                                    pre: formatScore(c.pre),
                                    post: formatScore(c.post),
                                  })}
                                </span>
                              )}
                            </div>
                          ))
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}

function Matrix({ results }: { results: SessionResults }) {
  const { t } = useTranslation('sessions');
  const { questionIds, rows } = results.matrix;
  if (questionIds.length === 0 || rows.length === 0) return null;
  const cell = (credit: number | null) => {
    if (credit === null) return { symbol: '–', label: t('results.cell.none'), className: 'none' };
    if (credit >= 1) return { symbol: '✓', label: t('results.cell.right'), className: 'right' };
    if (credit <= 0) return { symbol: '✗', label: t('results.cell.wrong'), className: 'wrong' };
    return { symbol: '½', label: t('results.cell.partly'), className: 'partly' };
  };
  return (
    <section aria-labelledby="ws-matrix-title">
      <h3 id="ws-matrix-title" className="ws-subtitle">
        {t('results.matrixTitle')}
      </h3>
      <p className="section-intro">{t('results.matrixIntro')}</p>
      <ScrollBox label={t('results.matrixTitle')}>
        <table className="table table--compact ws-matrix">
          <caption className="visually-hidden">{t('results.matrixTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.participant')}</th>
              {questionIds.map((q, i) => (
                <th key={q} scope="col" className="ws-matrix__q" title={q}>
                  {t('results.questionShort', { n: i + 1 })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.participantId}>
                <th scope="row" className="table__row-head">
                  <bdi>{row.name}</bdi>
                </th>
                {row.credits.map((credit, i) => {
                  const c = cell(credit);
                  return (
                    <td
                      key={questionIds[i]}
                      className={`ws-matrix__cell ws-matrix__cell--${c.className}`}
                    >
                      <span aria-hidden="true">{c.symbol}</span>
                      <span className="visually-hidden">{c.label}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}

function Attention({ results }: { results: SessionResults }) {
  const { t } = useTranslation('sessions');
  const hard = results.items
    .filter((i) => i.quiz === 'post' && i.answered > 0)
    .sort((a, b) => a.facility - b.facility)
    .slice(0, 5);
  return (
    <div className="ws-two">
      <section className="ws-card ws-section" aria-labelledby="ws-hard-title">
        <h3 id="ws-hard-title" className="ws-subtitle">
          {t('results.difficult')}
        </h3>
        {hard.length === 0 ? (
          <p className="muted">{t('results.noPost')}</p>
        ) : (
          <ol className="ws-hard">
            {hard.map((item) => (
              <li key={item.questionId}>
                {/* Pack text and "Art. 15" keep their own direction inside a right-to-left list. */}
                <bdi>{item.prompt}</bdi>
                <span className="muted">
                  {' '}
                  {t('results.facility', { share: formatShare(item.facility) })} ·{' '}
                  <bdi>{t('builder.articles', { list: item.articles.join(', ') })}</bdi>
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="ws-card ws-section" aria-labelledby="ws-help-title">
        <h3 id="ws-help-title" className="ws-subtitle">
          {t('results.needHelp')}
        </h3>
        {results.needHelp.length === 0 ? (
          <p className="muted">{t('results.nobodyNeedsHelp')}</p>
        ) : (
          <ul className="ws-hard">
            {results.needHelp.map((p) => (
              <li key={p.participantId}>
                <bdi>{p.name}</bdi>{' '}
                <span className="muted">
                  {t('results.helpDetail', { post: formatScore(p.post), gain: formatGain(p.gain) })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

export function ResultsTab() {
  const { t } = useTranslation('sessions');
  const results = useSessionsStore(selectResults);
  const status = useSessionsStore(selectResultsStatus);
  const error = useSessionsStore(selectResultsError);

  useEffect(() => {
    void useSessionsStore.getState().loadResults();
  }, []);

  return (
    <div className="ws-stack ws-results">
      <div className="ws-section-head">
        <h2 className="section-title section-title--first">{t('results.title')}</h2>
        <button
          type="button"
          className="button button--small"
          disabled={status === 'loading'}
          onClick={() => void useSessionsStore.getState().loadResults()}
        >
          {t('results.refresh')}
        </button>
      </div>
      {status === 'loading' && !results && <LoadingNotice />}
      {error && (
        <ErrorAlert error={error} onRetry={() => void useSessionsStore.getState().loadResults()} />
      )}
      {results && (
        <>
          {results.knowledgeGain.participantsWithBoth === 0 && (
            <p className="notice notice--warning">{t('results.noPairs')}</p>
          )}
          <GainFigures results={results} />
          <ParticipantsTable results={results} />
          <GroupGains results={results} />
          <Attention results={results} />
          <ByChapter results={results} />
          <ByArticle results={results} />
          <Matrix results={results} />
          <ItemAnalysis results={results} />
        </>
      )}
    </div>
  );
}
