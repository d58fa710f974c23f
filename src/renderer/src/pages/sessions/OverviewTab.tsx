import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@shared/api/envelope';
import type { QuizSummary } from '@shared/domain/packs';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import type { AutosavePhase } from '@renderer/stores/autosave';
import {
  selectQuizzes,
  selectSession,
  selectUpdateError,
  selectUpdatePhase,
} from '@renderer/stores/sessions/selectors';
import { useSessionsStore } from '@renderer/stores/sessions/store';
import { draftFrom, draftProblems, fieldsFrom, SessionFields } from './SessionFields';

function QuizSelect({
  label,
  value,
  quizzes,
  onChange,
}: {
  label: string;
  value: string;
  quizzes: QuizSummary[];
  onChange(value: string): void;
}) {
  const { t } = useTranslation('sessions');
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="field__select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{t('overview.noQuiz')}</option>
        {quizzes.map((quiz) => (
          <option key={quiz.id} value={quiz.id}>
            {t('overview.quizOption', { title: quiz.title, count: quiz.questionCount })}
          </option>
        ))}
      </select>
    </div>
  );
}

/** "Saving…", "All changes saved" or "Not saved: why", for an autosaved form. */
export function SaveState({ phase, error }: { phase: AutosavePhase; error: ApiError | null }) {
  const { t } = useTranslation('sessions');
  const text =
    phase === 'pending' || phase === 'saving'
      ? t('common.saving')
      : phase === 'saved'
        ? t('common.saved')
        : phase === 'error'
          ? t('common.notSaved', { message: error?.message ?? '' })
          : '';
  return (
    <span className={`ws-save-state ws-save-state--${phase}`} role="status">
      {text}
    </span>
  );
}

export function OverviewTab() {
  const { t } = useTranslation('sessions');
  const session = useSessionsStore(selectSession);
  const quizzes = useSessionsStore(selectQuizzes);
  const phase = useSessionsStore(selectUpdatePhase);
  const error = useSessionsStore(selectUpdateError);
  // Edits still on their way when the tab was left come back with it.
  const [form, setForm] = useState(() => {
    const start = session ? { ...session, ...useSessionsStore.getState().overviewEdits } : null;
    return start
      ? {
          draft: draftFrom(start),
          pre: start.preQuizId ?? '',
          post: start.postQuizId ?? '',
        }
      : null;
  });
  // Leaving the tab sends what is pending at once.
  useEffect(() => () => void useSessionsStore.getState().flushEdits(), []);
  if (!session || !form) return null;
  const problems = draftProblems(form.draft);
  const invalid = Object.keys(problems).length > 0;

  const edit = (next: typeof form) => {
    setForm(next);
    if (Object.keys(draftProblems(next.draft)).length > 0) return;
    useSessionsStore.getState().editOverview({
      ...fieldsFrom(next.draft),
      preQuizId: next.pre || null,
      postQuizId: next.post || null,
    });
  };
  const flush = () => void useSessionsStore.getState().flushEdits();

  return (
    <form
      className="ws-overview"
      onSubmit={(event) => {
        event.preventDefault();
        flush();
      }}
      onBlur={flush}
      noValidate
    >
      <section className="ws-card ws-section" aria-labelledby="ws-overview-details">
        <h2 id="ws-overview-details" className="section-title section-title--first">
          {t('overview.details')}
        </h2>
        <div className="form-grid">
          <SessionFields
            draft={form.draft}
            onChange={(draft) => edit({ ...form, draft })}
            showProblems={invalid}
          />
        </div>
      </section>
      <section className="ws-card ws-section" aria-labelledby="ws-overview-tests">
        <h2 id="ws-overview-tests" className="section-title section-title--first">
          {t('overview.tests')}
        </h2>
        <p className="section-intro">{t('overview.testsIntro')}</p>
        <div className="form-grid">
          <QuizSelect
            label={t('overview.preTest')}
            value={form.pre}
            quizzes={quizzes}
            onChange={(pre) => edit({ ...form, pre })}
          />
          <QuizSelect
            label={t('overview.postTest')}
            value={form.post}
            quizzes={quizzes}
            onChange={(post) => edit({ ...form, post })}
          />
        </div>
      </section>
      {phase === 'error' && error && <ErrorAlert error={error} title={t('overview.saveFailed')} />}
      <div className="ws-actions">
        {invalid ? (
          <span className="ws-save-state ws-save-state--error" role="status">
            {t('overview.notSavedInvalid')}
          </span>
        ) : (
          <SaveState phase={phase} error={error} />
        )}
      </div>
    </form>
  );
}
