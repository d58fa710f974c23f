import { useEffect, useMemo } from 'react';
import { useContentLanguage } from '@renderer/stores/content-language/store';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { LoadingNotice } from '@renderer/components/LoadingNotice';
import { PageTitle } from '@renderer/components/PageTitle';
import { formatNumber } from '@renderer/format/intl';
import {
  questionFilterFromParams,
  questionFilterKey,
  type QuestionFilter,
} from '@renderer/router/filters';
import { selectLoadOverview, selectOverviewStatus } from '@renderer/stores/library/selectors';
import { useLibraryStore } from '@renderer/stores/library/store';
import { PAGE_SIZE } from '@renderer/stores/questions/bank-slice';
import {
  selectBankError,
  selectBankStatus,
  selectQuestions,
  selectQuizzes,
  selectQuizzesError,
  selectQuizzesStatus,
  selectShown,
} from '@renderer/stores/questions/selectors';
import { useQuestionsStore } from '@renderer/stores/questions/store';
import { QuestionCard } from './QuestionCard';
import { QuestionFilters } from './QuestionFilters';
import { QuizTable } from './QuizTable';
import '@renderer/styles/questions.css';

export function QuestionBankPage({ filter }: { filter: QuestionFilter }) {
  const { t } = useTranslation();
  const questions = useQuestionsStore(selectQuestions);
  const shown = useQuestionsStore(selectShown);
  const status = useQuestionsStore(selectBankStatus);
  const error = useQuestionsStore(selectBankError);
  const quizzes = useQuestionsStore(selectQuizzes);
  const quizzesStatus = useQuestionsStore(selectQuizzesStatus);
  const quizzesError = useQuestionsStore(selectQuizzesError);
  const overviewStatus = useLibraryStore(selectOverviewStatus);
  const loadOverview = useLibraryStore(selectLoadOverview);
  const key = questionFilterKey(filter);

  // The key stands for the filter: the object itself is new on every render of the route.
  const language = useContentLanguage();
  useEffect(() => {
    if (language === null) return;
    void useQuestionsStore
      .getState()
      .loadQuestions(questionFilterFromParams(new URLSearchParams(key)));
  }, [key, language]);

  // Quiz titles are read again in each content language.
  useEffect(() => {
    if (language !== null) void useQuestionsStore.getState().loadQuizzes();
  }, [language]);

  useEffect(() => {
    if (overviewStatus === 'idle' && language !== null) void loadOverview();
  }, [overviewStatus, loadOverview, language]);

  const visible = useMemo(() => questions.slice(0, shown), [questions, shown]);
  const remaining = questions.length - visible.length;

  return (
    <div className="page page--questions">
      <header className="page-header">
        <PageTitle documentTitle={t('questions.title')}>{t('questions.title')}</PageTitle>
        <p className="page-header__intro">{t('questions.intro')}</p>
      </header>

      {quizzesError && <ErrorAlert error={quizzesError} />}
      {quizzesStatus === 'ready' && <QuizTable quizzes={quizzes} />}

      <section className="bank" aria-labelledby="bank-title">
        <h2 id="bank-title" className="section-title">
          {t('questions.filters')}
        </h2>
        <QuestionFilters filter={filter} />
        <p className="bank__count" role="status" data-testid="question-count">
          {status === 'ready' && t('questions.count', { count: questions.length })}
          {status === 'ready' && remaining > 0 && (
            <span className="bank__shown">
              {' '}
              ({t('questions.countShown', { shown: formatNumber(visible.length) })})
            </span>
          )}
        </p>
        {status === 'loading' && <LoadingNotice />}
        {error && (
          <ErrorAlert
            error={error}
            onRetry={() => void useQuestionsStore.getState().loadQuestions(filter, { force: true })}
          />
        )}
        {status === 'ready' && questions.length === 0 && (
          <p className="empty">{t('questions.none')}</p>
        )}
        {status === 'ready' && visible.length > 0 && (
          <ol className="question-list" aria-label={t('questions.title')}>
            {visible.map((question) => (
              <QuestionCard key={question.id} question={question} />
            ))}
          </ol>
        )}
        {status === 'ready' && remaining > 0 && (
          <button
            type="button"
            className="button load-more"
            onClick={() => useQuestionsStore.getState().showMore()}
          >
            {t('questions.showMore', { count: Math.min(PAGE_SIZE, remaining) })}
          </button>
        )}
      </section>
    </div>
  );
}
