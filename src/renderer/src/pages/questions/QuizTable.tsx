import { useTranslation } from 'react-i18next';
import type { QuizSummary } from '@shared/domain/packs';
import { formatNumber } from '@renderer/format/intl';

export function QuizTable({ quizzes }: { quizzes: QuizSummary[] }) {
  const { t } = useTranslation();
  return (
    <section className="quizzes" aria-labelledby="quizzes-title">
      <h2 id="quizzes-title" className="section-title section-title--first">
        {t('questions.quizzes.title')}
      </h2>
      {quizzes.length === 0 ? (
        <p className="empty">{t('questions.quizzes.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table table--compact" aria-labelledby="quizzes-title">
            <thead>
              <tr>
                <th scope="col">{t('questions.quizzes.columns.title')}</th>
                <th scope="col">{t('questions.quizzes.columns.kind')}</th>
                <th scope="col" className="table__number">
                  {t('questions.quizzes.columns.questions')}
                </th>
              </tr>
            </thead>
            <tbody>
              {quizzes.map((quiz) => (
                <tr key={quiz.id}>
                  <th scope="row" className="table__row-head">
                    {quiz.title}
                  </th>
                  <td className="nowrap">{t(`questions.quizzes.kind.${quiz.kind}`)}</td>
                  <td className="table__number">{formatNumber(quiz.questionCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
