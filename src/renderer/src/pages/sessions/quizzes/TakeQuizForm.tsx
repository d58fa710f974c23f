import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { navigate } from '@renderer/router/use-route';
import { usePaperStore } from '@renderer/stores/sessions/paper-store';
import { useQuizLockStore } from '@renderer/stores/sessions/quiz-lock';
import {
  selectQuizzes,
  selectSession,
  selectStartError,
  selectStartPhase,
} from '@renderer/stores/sessions/selectors';
import { useSessionsStore } from '@renderer/stores/sessions/store';
import type { AttemptFeedback } from '../session-routes';

export function TakeQuizForm() {
  const { t } = useTranslation('sessions');
  const base = useId();
  const session = useSessionsStore(selectSession);
  const quizzes = useSessionsStore(selectQuizzes);
  const phase = useSessionsStore(selectStartPhase);
  const error = useSessionsStore(selectStartError);
  const [participantId, setParticipantId] = useState('');
  const [quizId, setQuizId] = useState(session?.preQuizId ?? '');
  const [feedback, setFeedback] = useState<AttemptFeedback>('each');
  const [tried, setTried] = useState(false);
  const printing = usePaperStore((s) => s.printing);
  const printError = usePaperStore((s) => s.printError);
  const gridOpen = usePaperStore((s) => s.grid !== null || s.phase === 'loading');
  if (!session) return null;

  const start = async (mode: AttemptFeedback) => {
    setTried(true);
    if (!participantId || !quizId) return;
    const attemptId = await useSessionsStore.getState().startAttempt(participantId, quizId);
    if (!attemptId) return;
    // The participant holds the computer: lock the window to this quiz.
    useQuizLockStore.getState().start({ sessionId: session.id, attemptId, feedback: mode });
    navigate({ page: 'attempt', id: session.id, attemptId, feedback: mode });
  };
  // Paper answers are typed by the facilitator, all on one grid, with no lock.
  const enterPaper = () => {
    setTried(true);
    if (participantId && quizId)
      void usePaperStore.getState().openGrid(session.id, participantId, quizId, session.language);
  };
  const print = (what: 'sheet' | 'key') => {
    if (!quizId) return setTried(true);
    void usePaperStore.getState().print(what, { sessionId: session.id, quizId });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void start(feedback);
  };

  return (
    <form
      className="ws-card ws-section"
      aria-labelledby={`${base}-title`}
      onSubmit={submit}
      noValidate
    >
      <h3 id={`${base}-title`} className="ws-subtitle">
        {t('quizzes.take.title')}
      </h3>
      <p className="section-intro">{t('quizzes.take.intro')}</p>
      <div className="form-grid">
        <div className="field">
          <label className="field__label" htmlFor={`${base}-participant`}>
            {t('quizzes.take.participant')}
          </label>
          <select
            id={`${base}-participant`}
            className="field__select"
            value={participantId}
            aria-invalid={tried && !participantId ? true : undefined}
            onChange={(event) => setParticipantId(event.target.value)}
          >
            <option value="">{t('quizzes.take.chooseParticipant')}</option>
            {session.participants.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          {tried && !participantId && (
            <p className="field__error">{t('quizzes.take.needParticipant')}</p>
          )}
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${base}-quiz`}>
            {t('quizzes.take.quiz')}
          </label>
          <select
            id={`${base}-quiz`}
            className="field__select"
            value={quizId}
            aria-invalid={tried && !quizId ? true : undefined}
            onChange={(event) => setQuizId(event.target.value)}
          >
            <option value="">{t('quizzes.take.chooseQuiz')}</option>
            {quizzes.map((q) => (
              <option key={q.id} value={q.id}>
                {q.id === session.preQuizId
                  ? t('quizzes.take.preOption', { title: q.title })
                  : q.id === session.postQuizId
                    ? t('quizzes.take.postOption', { title: q.title })
                    : q.title}
              </option>
            ))}
          </select>
          {tried && !quizId && <p className="field__error">{t('quizzes.take.needQuiz')}</p>}
        </div>
        <fieldset className="fieldset form-grid__wide">
          <legend className="field__label">{t('quizzes.take.feedback')}</legend>
          <div className="check-row">
            {(['each', 'end'] as const).map((mode) => (
              <label key={mode} className="check">
                <input
                  type="radio"
                  name={`${base}-feedback`}
                  checked={feedback === mode}
                  onChange={() => setFeedback(mode)}
                />
                <span>{t(`quizzes.take.feedback_${mode}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      {phase === 'error' && error && <ErrorAlert error={error} title={t('quizzes.take.failed')} />}
      <div className="ws-actions">
        <button type="submit" className="button button--primary" disabled={phase === 'saving'}>
          {t('quizzes.take.start')}
        </button>
        <button
          type="button"
          className="button"
          disabled={phase === 'saving' || gridOpen}
          onClick={enterPaper}
        >
          {t('quizzes.take.paper')}
        </button>
      </div>
      <div className="ws-actions" role="group" aria-label={t('paper.print')}>
        <span className="muted">{t('paper.print')}</span>
        {(['sheet', 'key'] as const).map((what) => (
          <button
            key={what}
            type="button"
            className="button"
            disabled={printing !== null}
            onClick={() => print(what)}
          >
            {t(what === 'sheet' ? 'paper.printSheet' : 'paper.printKey')}
          </button>
        ))}
      </div>
      {printError && printError.what !== 'sign-in' && (
        <ErrorAlert error={printError.error} title={t('paper.printFailed')} />
      )}
    </form>
  );
}
