import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ContentNotice } from '@renderer/components/ContentNotice';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { BackIcon } from '@renderer/components/icons';
import { LoadingNotice } from '@renderer/components/LoadingNotice';
import { WorkshopLanguage } from '@renderer/i18n/WorkshopLanguage';
import { PageTitle } from '@renderer/components/PageTitle';
import { formatNumber } from '@renderer/format/intl';
import { answerReady } from '@renderer/stores/sessions/attempt/questions';
import {
  selectAnswerError,
  selectAnswerPhase,
  selectAttempt,
  selectAttemptError,
  selectAttemptStatus,
  selectContentLanguage,
  selectDrafts,
  selectFinishError,
  selectFinishPhase,
  selectIndex,
  selectParticipantName,
  selectQuestions,
  selectQuiz,
  selectSessionLanguage,
  useAttemptStore,
} from '@renderer/stores/sessions/attempt/store';
import { formatScore } from '../format';
import { sessionTabHref, type AttemptFeedback } from '../session-routes';
import { Feedback } from './Feedback';
import { QuestionInputs } from './QuestionInputs';
import '@renderer/styles/sessions.css';

function Review() {
  const { t, i18n } = useTranslation('sessions');
  const attempt = useAttemptStore(selectAttempt);
  const questions = useAttemptStore(selectQuestions);
  const language = useAttemptStore(selectContentLanguage);
  if (!attempt) return null;
  const responses = new Map(attempt.responses.map((r) => [r.questionId, r]));
  const right = attempt.responses.filter((r) => r.credit >= 1).length;
  return (
    <section aria-labelledby="ws-review-title" className="ws-review">
      <div className="ws-score" role="status">
        <p className="ws-score__label">{t('attempt.score')}</p>
        <p className="ws-score__value" data-testid="attempt-score">
          {formatScore(attempt.score, i18n.language)}
        </p>
        <p className="muted">{t('attempt.scoreDetail', { right, count: questions.length })}</p>
      </div>
      <h2 id="ws-review-title" className="section-title">
        {t('attempt.review')}
      </h2>
      <ol className="ws-review__list">
        {questions.map((q, i) => {
          const response = responses.get(q.id);
          return (
            <li key={q.id} className="ws-card ws-section">
              <p className="ws-question__number">
                {t('attempt.progress', { n: i + 1, count: questions.length })}
              </p>
              {q.scenario && (
                <p className="ws-question__scenario" dir="auto">
                  {q.scenario}
                </p>
              )}
              <p className="ws-question__prompt">
                <span dir="auto">{q.prompt}</span>{' '}
                <ContentNotice origin={q.content} language={language} compact />
              </p>
              {response ? (
                <Feedback question={q} answer={response.answer} credit={response.credit} />
              ) : (
                <p className="ws-feedback ws-feedback--wrong">
                  <span aria-hidden="true">– </span>
                  {t('attempt.notAnswered')}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function QuestionScreen({ feedback }: { feedback: AttemptFeedback }) {
  const { t } = useTranslation('sessions');
  const promptId = useId();
  const attempt = useAttemptStore(selectAttempt);
  const quiz = useAttemptStore(selectQuiz);
  const questions = useAttemptStore(selectQuestions);
  const index = useAttemptStore(selectIndex);
  const drafts = useAttemptStore(selectDrafts);
  const answerPhase = useAttemptStore(selectAnswerPhase);
  const answerError = useAttemptStore(selectAnswerError);
  const finishPhase = useAttemptStore(selectFinishPhase);
  const finishError = useAttemptStore(selectFinishError);
  const language = useAttemptStore(selectContentLanguage);
  const store = useAttemptStore.getState;
  const question = questions[index];
  if (!attempt || !question || !quiz) return null;

  const response = attempt.responses.find((r) => r.questionId === question.id);
  const draft = drafts[question.id];
  const showFeedback = feedback === 'each' && response !== undefined;
  const last = index === questions.length - 1;
  const answered = attempt.responses.length;
  const open = questions.length - answered;
  const changed =
    response !== undefined && JSON.stringify(response.answer) !== JSON.stringify(draft);

  const send = async () => {
    const ok = await store().sendAnswer();
    // At the end, a saved answer moves on by itself; with feedback the reader reads it first.
    if (ok && feedback === 'end' && !last) store().goTo(index + 1);
  };
  const focusQuestion = () =>
    requestAnimationFrame(() => document.getElementById(promptId)?.focus());

  return (
    <>
      <div className="ws-attempt__progress">
        <p className="ws-attempt__count" aria-live="polite">
          {t('attempt.progress', { n: index + 1, count: questions.length })}
        </p>
        <progress
          className="progress__bar"
          value={answered}
          max={questions.length}
          aria-label={t('attempt.answeredCount', { answered, count: questions.length })}
        />
        <span className="muted">
          {t('attempt.answeredCount', { answered, count: questions.length })}
        </span>
      </div>
      <form
        className="ws-card ws-question"
        onSubmit={(event) => {
          event.preventDefault();
          if (!showFeedback) void send();
        }}
      >
        {question.scenario && (
          <div className="ws-question__scenario">
            <p className="ws-feedback__label">{t('attempt.scenario')}</p>
            <p dir="auto">{question.scenario}</p>
          </div>
        )}
        <p id={promptId} className="ws-question__prompt" tabIndex={-1}>
          <span dir="auto">{question.prompt}</span>{' '}
          <ContentNotice origin={question.content} language={language} compact />
        </p>
        <p className="ws-question__hint muted">
          {t(
            `attempt.hint.${question.type === 'matching' ? 'matching' : question.type === 'multiple' || (question.type === 'scenario' && question.answer.length > 1) ? 'multiple' : 'single'}`,
          )}
        </p>
        <QuestionInputs
          question={question}
          shuffleSeed={quiz.shuffleOptions ? attempt.id : null}
          value={draft}
          disabled={showFeedback || answerPhase === 'saving'}
          onChange={(answer) => store().setDraft(question.id, answer)}
          promptId={promptId}
        />
        {answerError && <ErrorAlert error={answerError} title={t('attempt.refused')} />}
        {showFeedback && response && (
          <Feedback question={question} answer={response.answer} credit={response.credit} />
        )}
        {feedback === 'end' && response && !changed && (
          <p className="ws-save-state" role="status">
            {t('attempt.saved')}
          </p>
        )}
        <div className="ws-actions ws-question__actions">
          <button
            type="button"
            className="button"
            disabled={index === 0}
            onClick={() => {
              store().goTo(index - 1);
              focusQuestion();
            }}
          >
            {t('attempt.previous')}
          </button>
          {!showFeedback && (
            <button
              type="submit"
              className="button button--primary"
              disabled={
                !answerReady(question, draft) ||
                answerPhase === 'saving' ||
                (response !== undefined && !changed)
              }
            >
              {feedback === 'each'
                ? t('attempt.check')
                : last
                  ? t('attempt.save')
                  : t('attempt.saveNext')}
            </button>
          )}
          {!last && (showFeedback || feedback === 'end') && (
            <button
              type="button"
              className={showFeedback ? 'button button--primary' : 'button'}
              onClick={() => {
                store().goTo(index + 1);
                focusQuestion();
              }}
            >
              {t('attempt.next')}
            </button>
          )}
          <span className="toolbar__spacer" />
          {(last || open === 0) && (
            <button
              type="button"
              className={open === 0 ? 'button button--primary' : 'button'}
              disabled={finishPhase === 'saving'}
              onClick={() => void store().finish()}
            >
              {t('attempt.finish')}
            </button>
          )}
        </div>
        {(last || open === 0) && open > 0 && (
          <p className="muted">{t('attempt.openWarning', { count: open })}</p>
        )}
        {finishError && <ErrorAlert error={finishError} title={t('attempt.finishFailed')} />}
      </form>
    </>
  );
}

interface AttemptProps {
  sessionId: string;
  attemptId: string;
  feedback: AttemptFeedback;
  /** Shown inside the quiz lock: no way back to the workshop from here. */
  locked?: boolean;
}

/** A participant taking a quiz: the screen speaks the workshop's language, not the facilitator's. */
export function AttemptPage(props: AttemptProps) {
  const language = useAttemptStore(selectSessionLanguage);
  return (
    <WorkshopLanguage language={language}>
      <AttemptView {...props} />
    </WorkshopLanguage>
  );
}

function AttemptView({ sessionId, attemptId, feedback, locked = false }: AttemptProps) {
  const { t, i18n } = useTranslation('sessions');
  const status = useAttemptStore(selectAttemptStatus);
  const error = useAttemptStore(selectAttemptError);
  const attempt = useAttemptStore(selectAttempt);
  const quiz = useAttemptStore(selectQuiz);
  const name = useAttemptStore(selectParticipantName);
  const language = useAttemptStore(selectContentLanguage);

  useEffect(() => {
    void useAttemptStore.getState().load(sessionId, attemptId);
    return () => useAttemptStore.getState().reset();
  }, [sessionId, attemptId]);

  const title = quiz ? quiz.title : t('attempt.loadingTitle');
  return (
    <div className="page ws-page ws-attempt">
      <header className="page-header page-header--compact">
        {!locked && (
          <a className="back-link" href={sessionTabHref(sessionId, 'quizzes')}>
            <BackIcon />
            {t('attempt.back')}
          </a>
        )}
        <PageTitle documentTitle={title}>{title}</PageTitle>
        <ContentNotice origin={quiz?.content} language={language} compact />
        {attempt && (
          <p className="page-header__meta">
            {t('attempt.meta', { name })}
            {quiz?.timeLimitMinutes
              ? ` · ${t('attempt.timeLimit', { minutes: formatNumber(quiz.timeLimitMinutes, i18n.language) })}`
              : ''}
            {feedback === 'end' ? ` · ${t('attempt.feedbackAtEnd')}` : ''}
          </p>
        )}
      </header>
      {status === 'loading' && <LoadingNotice />}
      {status === 'error' && error && (
        <ErrorAlert
          error={error}
          title={t('attempt.notFound')}
          onRetry={() => void useAttemptStore.getState().load(sessionId, attemptId)}
        />
      )}
      {status === 'ready' &&
        attempt &&
        (attempt.finishedAt ? <Review /> : <QuestionScreen feedback={feedback} />)}
    </div>
  );
}
