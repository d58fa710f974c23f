import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { LoadingNotice } from '@renderer/components/LoadingNotice';
import { QUESTION_TYPES, type QuestionFilter } from '@renderer/router/filters';
import { selectArticlesByChapter, selectChapters } from '@renderer/stores/library/selectors';
import { useLibraryStore } from '@renderer/stores/library/store';
import {
  selectBuilderError,
  selectBuilderFilter,
  selectBuilderPhase,
  selectCandidates,
  selectCandidatesError,
  selectCandidatesStatus,
  selectCreatedQuiz,
  selectPicked,
} from '@renderer/stores/sessions/selectors';
import { useSessionsStore } from '@renderer/stores/sessions/store';

const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
const AUDIENCES = ['police', 'prosecutors-judges', 'legislators', 'policy'] as const;
const KINDS = ['custom', 'pre-test', 'post-test', 'chapter', 'warm-up'] as const;

function Filters() {
  const { t } = useTranslation('sessions');
  const base = useId();
  const filter = useSessionsStore(selectBuilderFilter);
  const chapters = useLibraryStore(selectChapters);
  const byChapter = useLibraryStore(selectArticlesByChapter);
  const set = (next: QuestionFilter) => void useSessionsStore.getState().setBuilderFilter(next);
  const articles = filter.chapter
    ? (byChapter[filter.chapter] ?? [])
    : chapters.flatMap((c) => byChapter[c.number] ?? []);
  const select = (
    name: string,
    label: string,
    value: string,
    options: { value: string; label: string }[],
    onChange: (value: string) => void,
  ) => (
    <div className="field">
      <label className="field__label" htmlFor={`${base}-${name}`}>
        {label}
      </label>
      <select
        id={`${base}-${name}`}
        className="field__select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{t('builder.any')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  const without = <K extends keyof QuestionFilter>(key: K): QuestionFilter => {
    const copy = { ...filter };
    delete copy[key];
    return copy;
  };
  return (
    <div className="ws-filters" role="group" aria-label={t('builder.filters')}>
      {select(
        'chapter',
        t('builder.chapter'),
        filter.chapter ?? '',
        chapters.map((c) => ({
          value: c.number,
          label: t('agenda.chapterOption', { number: c.number, title: c.title }),
        })),
        (v) => {
          const next = without('chapter');
          delete next.article;
          set(v ? { ...next, chapter: v } : next);
        },
      )}
      {select(
        'article',
        t('builder.article'),
        filter.article ? String(filter.article) : '',
        articles.map((a) => ({
          value: String(a.number),
          label: t('agenda.articleOption', { number: a.number, title: a.title }),
        })),
        (v) => set(v ? { ...without('article'), article: Number(v) } : without('article')),
      )}
      {select(
        'type',
        t('builder.type'),
        filter.type ?? '',
        QUESTION_TYPES.map((v) => ({ value: v, label: t(`questionType.${v}`) })),
        (v) => set(v ? { ...without('type'), type: v as QuestionFilter['type'] } : without('type')),
      )}
      {select(
        'difficulty',
        t('builder.difficulty'),
        filter.difficulty ?? '',
        DIFFICULTIES.map((v) => ({ value: v, label: t(`difficulty.${v}`) })),
        (v) =>
          set(
            v
              ? { ...without('difficulty'), difficulty: v as QuestionFilter['difficulty'] }
              : without('difficulty'),
          ),
      )}
      {select(
        'audience',
        t('builder.audience'),
        filter.audience ?? '',
        AUDIENCES.map((v) => ({ value: v, label: t(`audience.${v}`) })),
        (v) =>
          set(
            v
              ? { ...without('audience'), audience: v as QuestionFilter['audience'] }
              : without('audience'),
          ),
      )}
    </div>
  );
}

export function QuizBuilder({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('sessions');
  const base = useId();
  const candidates = useSessionsStore(selectCandidates);
  const status = useSessionsStore(selectCandidatesStatus);
  const candidatesError = useSessionsStore(selectCandidatesError);
  const picked = useSessionsStore(selectPicked);
  const phase = useSessionsStore(selectBuilderPhase);
  const error = useSessionsStore(selectBuilderError);
  const created = useSessionsStore(selectCreatedQuiz);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<(typeof KINDS)[number]>('custom');
  const [randomCount, setRandomCount] = useState(10);
  const [shuffleOptions, setShuffleOptions] = useState(false);
  const [shuffleQuestions, setShuffleQuestions] = useState(false);
  const [timeLimit, setTimeLimit] = useState('');
  const [tried, setTried] = useState(false);

  useEffect(() => {
    if (useSessionsStore.getState().candidatesStatus === 'idle')
      void useSessionsStore.getState().setBuilderFilter({});
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!title.trim() || picked.length === 0) return;
    const minutes = Number(timeLimit);
    const id = await useSessionsStore.getState().createQuiz({
      title: title.trim(),
      kind,
      shuffleOptions,
      shuffleQuestions,
      timeLimitMinutes: timeLimit && minutes >= 1 ? Math.min(600, Math.round(minutes)) : null,
    });
    if (id) {
      setTitle('');
      setTried(false);
    }
  };
  const pickedSet = new Set(picked);

  return (
    <form
      className="ws-card ws-section ws-builder"
      aria-labelledby={`${base}-title`}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <div className="ws-section-head">
        <h3 id={`${base}-title`} className="ws-subtitle">
          {t('builder.title')}
        </h3>
        <button type="button" className="link-button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <Filters />
      <div className="toolbar ws-toolbar">
        <span role="status" className="muted">
          {t('builder.shown', { count: candidates.length })} ·{' '}
          {t('builder.picked', { count: picked.length })}
        </span>
        <span className="toolbar__spacer" />
        <label className="field__label" htmlFor={`${base}-random`}>
          {t('builder.randomCount')}
        </label>
        <input
          id={`${base}-random`}
          type="number"
          min={1}
          max={200}
          className="field__input ws-number"
          value={randomCount}
          onChange={(event) => setRandomCount(Math.max(1, Number(event.target.value) || 1))}
        />
        <button
          type="button"
          className="button button--small"
          disabled={candidates.length === 0}
          onClick={() => useSessionsStore.getState().pickRandom(randomCount)}
        >
          {t('builder.random')}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={candidates.length === 0}
          onClick={() => useSessionsStore.getState().pickAllShown()}
        >
          {t('builder.all')}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={picked.length === 0}
          onClick={() => useSessionsStore.getState().clearPicks()}
        >
          {t('builder.clear')}
        </button>
      </div>
      {status === 'loading' && <LoadingNotice />}
      {candidatesError && <ErrorAlert error={candidatesError} />}
      <fieldset className="fieldset">
        <legend className="visually-hidden">{t('builder.questions')}</legend>
        <ul className="ws-candidates">
          {candidates.map((q) => (
            <li key={q.id}>
              <label className="check ws-candidate">
                <input
                  type="checkbox"
                  checked={pickedSet.has(q.id)}
                  onChange={() => useSessionsStore.getState().togglePick(q.id)}
                />
                <span>
                  <span className="ws-candidate__prompt">{q.prompt}</span>
                  <span className="ws-candidate__meta">
                    {t(`questionType.${q.type}`)} · {t(`difficulty.${q.difficulty}`)} ·{' '}
                    {t('builder.articles', { list: q.articles.join(', ') })}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="form-grid ws-gap-top">
        <div className="field">
          <label className="field__label" htmlFor={`${base}-name`}>
            {t('builder.quizTitle')}
          </label>
          <input
            id={`${base}-name`}
            className="field__input"
            value={title}
            maxLength={200}
            aria-invalid={tried && !title.trim() ? true : undefined}
            onChange={(event) => setTitle(event.target.value)}
          />
          {tried && !title.trim() && <p className="field__error">{t('builder.needTitle')}</p>}
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${base}-kind`}>
            {t('builder.kind')}
          </label>
          <select
            id={`${base}-kind`}
            className="field__select"
            value={kind}
            onChange={(event) => setKind(event.target.value as (typeof KINDS)[number])}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`quizKind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${base}-time`}>
            {t('builder.timeLimit')}
          </label>
          <input
            id={`${base}-time`}
            type="number"
            min={1}
            max={600}
            className="field__input"
            value={timeLimit}
            placeholder={t('builder.noLimit')}
            onChange={(event) => setTimeLimit(event.target.value)}
          />
        </div>
        <div className="check-row form-grid__wide">
          <label className="check">
            <input
              type="checkbox"
              checked={shuffleOptions}
              onChange={(event) => setShuffleOptions(event.target.checked)}
            />
            <span>{t('builder.shuffleOptions')}</span>
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={shuffleQuestions}
              onChange={(event) => setShuffleQuestions(event.target.checked)}
            />
            <span>{t('builder.shuffleQuestions')}</span>
          </label>
        </div>
      </div>
      {tried && picked.length === 0 && <p className="field__error">{t('builder.needQuestions')}</p>}
      {phase === 'error' && error && <ErrorAlert error={error} title={t('builder.failed')} />}
      {created && (
        <p className="notice notice--success" role="status">
          {t('builder.created', { title: created.title })}
        </p>
      )}
      <div className="ws-actions">
        <button type="submit" className="button button--primary" disabled={phase === 'saving'}>
          {phase === 'saving' ? t('common.saving') : t('builder.create', { count: picked.length })}
        </button>
      </div>
    </form>
  );
}
