import { Suspense, lazy, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, useRoute } from '@renderer/router/use-route';
import { sessionHref } from '@renderer/pages/sessions/session-routes';
import { useQuizLockStore, type QuizLock } from '@renderer/stores/sessions/quiz-lock';
import { HoldToUnlock } from './HoldToUnlock';
import '@renderer/styles/quiz-lock.css';

const AttemptPage = lazy(async () => ({
  default: (await import('@renderer/pages/sessions/attempt/AttemptPage')).AttemptPage,
}));

/**
 * While a participant answers on the facilitator's computer the window shows only that quiz:
 * no header (so no search or "/" shortcut), no navigation, and any other address, typed or
 * reached by back/forward, is turned back to the quiz until the facilitator unlocks.
 */
export function QuizLockScreen({ lock }: { lock: QuizLock }) {
  const { t } = useTranslation('sessions');
  const route = useRoute();
  const onQuiz =
    route.page === 'attempt' && route.id === lock.sessionId && route.attemptId === lock.attemptId;

  useEffect(() => {
    // replace, not assign: the way out must not be one "back" away either.
    if (!onQuiz)
      window.location.replace(
        sessionHref({
          page: 'attempt',
          id: lock.sessionId,
          attemptId: lock.attemptId,
          feedback: lock.feedback,
        }),
      );
  }, [onQuiz, lock]);

  const unlock = () => {
    useQuizLockStore.getState().unlock();
    navigate({ page: 'session', id: lock.sessionId, tab: 'quizzes' });
  };

  return (
    <div className="quiz-lock" data-testid="quiz-lock">
      <main id="main" className="main quiz-lock__main" tabIndex={-1}>
        <Suspense fallback={<div className="page-loading" aria-busy="true" />}>
          <AttemptPage
            key={lock.attemptId}
            sessionId={lock.sessionId}
            attemptId={lock.attemptId}
            feedback={lock.feedback}
            locked
          />
        </Suspense>
      </main>
      <footer className="quiz-lock__bar" aria-label={t('lock.label')}>
        <p className="quiz-lock__note">{t('lock.note')}</p>
        <HoldToUnlock onUnlock={unlock} />
      </footer>
    </div>
  );
}
