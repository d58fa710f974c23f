import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { PlusIcon } from '@renderer/components/icons';
import { formatNumber } from '@renderer/format/intl';
import {
  selectQuizzes,
  selectQuizzesError,
  selectSession,
} from '@renderer/stores/sessions/selectors';
import { useSessionsStore } from '@renderer/stores/sessions/store';
import { QuizBuilder } from './QuizBuilder';
import { PaperGrid } from './PaperGrid';
import { TakeQuizForm } from './TakeQuizForm';

export function QuizzesTab() {
  const { t } = useTranslation('sessions');
  const session = useSessionsStore(selectSession);
  const quizzes = useSessionsStore(selectQuizzes);
  const error = useSessionsStore(selectQuizzesError);
  const [building, setBuilding] = useState(false);
  if (!session) return null;
  return (
    <div className="ws-stack">
      <h2 className="section-title section-title--first">{t('quizzes.title')}</h2>
      <TakeQuizForm />
      <PaperGrid />
      {building ? (
        <QuizBuilder onClose={() => setBuilding(false)} />
      ) : (
        <div>
          <button type="button" className="button" onClick={() => setBuilding(true)}>
            <PlusIcon />
            {t('builder.open')}
          </button>
        </div>
      )}
      {error && (
        <ErrorAlert error={error} onRetry={() => void useSessionsStore.getState().loadQuizzes()} />
      )}
      <div className="table-scroll ws-card">
        <table className="table table--compact ws-table">
          <caption className="visually-hidden">{t('quizzes.listCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('quizzes.columns.title')}</th>
              <th scope="col">{t('quizzes.columns.kind')}</th>
              <th scope="col" className="table__number">
                {t('quizzes.columns.questions')}
              </th>
              <th scope="col">{t('quizzes.columns.use')}</th>
            </tr>
          </thead>
          <tbody>
            {quizzes.map((q) => (
              <tr key={q.id}>
                <th scope="row" className="table__row-head">
                  {q.title}
                </th>
                <td className="nowrap">{t(`quizKind.${q.kind}`)}</td>
                <td className="table__number">{formatNumber(q.questionCount)}</td>
                <td>
                  {q.id === session.preQuizId && <span className="pill">{t('quizzes.pre')}</span>}{' '}
                  {q.id === session.postQuizId && <span className="pill">{t('quizzes.post')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
