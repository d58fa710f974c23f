import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuizSummary } from '@shared/domain/packs';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import {
  selectQuizzes,
  selectSession,
  selectUpdateError,
  selectUpdatePhase,
} from '@renderer/stores/sessions/selectors';
import { useSessionsStore } from '@renderer/stores/sessions/store';
import {
  draftFrom,
  draftProblems,
  fieldsFrom,
  SessionFields,
  type SessionDraft,
} from './SessionFields';

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

export function OverviewTab() {
  const { t } = useTranslation('sessions');
  const session = useSessionsStore(selectSession);
  const quizzes = useSessionsStore(selectQuizzes);
  const phase = useSessionsStore(selectUpdatePhase);
  const error = useSessionsStore(selectUpdateError);
  const [draft, setDraft] = useState<SessionDraft | null>(() =>
    session ? draftFrom(session) : null,
  );
  const [pre, setPre] = useState(session?.preQuizId ?? '');
  const [post, setPost] = useState(session?.postQuizId ?? '');
  const [tried, setTried] = useState(false);
  const [changed, setChanged] = useState(false);
  if (!session || !draft) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(draftProblems(draft)).length > 0) return;
    const saved = await useSessionsStore.getState().update({
      ...fieldsFrom(draft),
      preQuizId: pre || null,
      postQuizId: post || null,
    });
    if (saved) setChanged(false);
  };
  const edit = (next: SessionDraft) => {
    setDraft(next);
    setChanged(true);
  };

  return (
    <form className="ws-overview" onSubmit={(event) => void submit(event)} noValidate>
      <section className="ws-card ws-section" aria-labelledby="ws-overview-details">
        <h2 id="ws-overview-details" className="section-title section-title--first">
          {t('overview.details')}
        </h2>
        <div className="form-grid">
          <SessionFields draft={draft} onChange={edit} showProblems={tried} />
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
            value={pre}
            quizzes={quizzes}
            onChange={(value) => {
              setPre(value);
              setChanged(true);
            }}
          />
          <QuizSelect
            label={t('overview.postTest')}
            value={post}
            quizzes={quizzes}
            onChange={(value) => {
              setPost(value);
              setChanged(true);
            }}
          />
        </div>
      </section>
      {phase === 'error' && error && <ErrorAlert error={error} title={t('overview.saveFailed')} />}
      <div className="ws-actions">
        <button type="submit" className="button button--primary" disabled={phase === 'saving'}>
          {phase === 'saving' ? t('common.saving') : t('overview.save')}
        </button>
        <span className="ws-save-state" role="status">
          {changed ? t('common.unsaved') : phase === 'saved' ? t('common.saved') : ''}
        </span>
      </div>
    </form>
  );
}
