import { useTranslation } from 'react-i18next';
import type { QuestionSource } from '@shared/content/pack';
import type { Answer } from '@shared/training/scoring';
import { feedbackFor } from '@renderer/stores/sessions/attempt/questions';

/** Right or wrong in words and a symbol (never colour alone), the explanation, and why. */
export function Feedback({
  question,
  answer,
  credit,
}: {
  question: QuestionSource;
  answer: Answer;
  credit: number;
}) {
  const { t } = useTranslation('sessions');
  const feedback = feedbackFor(question, answer, credit);
  const verdict = credit >= 1 ? 'right' : credit <= 0 ? 'wrong' : 'partly';
  return (
    <div className={`ws-feedback ws-feedback--${verdict}`} data-testid="feedback">
      <p className="ws-feedback__verdict">
        <span aria-hidden="true">
          {verdict === 'right' ? '✓' : verdict === 'wrong' ? '✗' : '½'}{' '}
        </span>
        {t(`attempt.verdict.${verdict}`)}
      </p>
      {verdict !== 'right' && feedback.correct.length > 0 && (
        <div className="ws-feedback__correct">
          <p className="ws-feedback__label">{t('attempt.correctAnswer')}</p>
          <ul>
            {feedback.correct.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      )}
      {feedback.wrongChoices.map((w) => (
        <div key={w.optionId} className="ws-feedback__why">
          <p className="ws-feedback__label">{t('attempt.whyWrong', { option: w.text })}</p>
          <p>{w.why ?? t('attempt.noDistractorNote')}</p>
        </div>
      ))}
      <div className="ws-feedback__explanation">
        <p className="ws-feedback__label">{t('attempt.explanation')}</p>
        <p dir="auto">{question.explanation}</p>
        <p className="muted">{t('attempt.tests', { list: question.articles.join(', ') })}</p>
      </div>
    </div>
  );
}
