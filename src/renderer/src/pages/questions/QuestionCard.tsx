import { ContentNotice } from '@renderer/components/ContentNotice';
import { useTranslation } from 'react-i18next';
import type { Question } from '@shared/domain/packs';
import { CheckIcon } from '@renderer/components/icons';
import { articleHref } from '@renderer/router/routes';

/** Letters read better than ids on a slide; true/false options carry their own words. */
const optionMarker = (id: string) => (/^[a-z]$/.test(id) ? id.toUpperCase() : null);

function Options({ question }: { question: Question }) {
  const { t } = useTranslation();
  return (
    <ol className="options" aria-label={t('questions.card.options')}>
      {question.options.map((option) => {
        const correct = question.answer.includes(option.id);
        const marker = optionMarker(option.id);
        return (
          <li
            key={option.id}
            className={correct ? 'option option--correct' : 'option'}
            data-correct={correct || undefined}
          >
            <span className="option__marker" aria-hidden={correct ? undefined : true}>
              {correct ? <CheckIcon /> : marker}
            </span>
            <span className="option__text">
              {marker && correct && <span className="visually-hidden">{marker}. </span>}
              {option.text}
              {correct && (
                <span className="option__correct">
                  <span className="visually-hidden"> — </span>
                  {t('questions.card.correct')}
                </span>
              )}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

function Pairs({ question }: { question: Question }) {
  const { t } = useTranslation();
  return (
    <table className="pairs">
      <caption className="visually-hidden">{t('questions.card.pairs')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('questions.card.left')}</th>
          <th scope="col">{t('questions.card.right')}</th>
        </tr>
      </thead>
      <tbody>
        {question.pairs.map((pair) => (
          <tr key={pair.left}>
            <td>{pair.left}</td>
            <td>{pair.right}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function WhyNot({ question }: { question: Question }) {
  const { t } = useTranslation();
  const wrong = question.options.filter((o) => question.distractors[o.id]);
  if (wrong.length === 0) return null;
  return (
    <details className="why-not">
      <summary className="why-not__summary">{t('questions.card.whyNot')}</summary>
      <dl className="why-not__list">
        {wrong.map((option) => (
          <div key={option.id} className="why-not__entry">
            <dt className="why-not__option">
              {optionMarker(option.id) && (
                <span className="why-not__marker">{optionMarker(option.id)}</span>
              )}
              {option.text}
            </dt>
            <dd className="why-not__reason">{question.distractors[option.id]}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

export function QuestionCard({ question }: { question: Question }) {
  const { t } = useTranslation();
  const promptId = `question-${question.id}`;
  return (
    <li className="question-card" aria-labelledby={promptId} data-testid="question-card">
      <div className="question-card__meta">
        <span className="question-card__type">{t(`questions.type.${question.type}`)}</span>
        <span className={`level level--${question.difficulty}`}>
          <span className="visually-hidden">{t('questions.filter.difficulty')}: </span>
          {t(`questions.difficulty.${question.difficulty}`)}
        </span>
        <span className="question-card__audiences">
          <span className="visually-hidden">{t('questions.card.audiences')}: </span>
          {question.audiences.map((group) => t(`questions.audience.${group}`)).join(' · ')}
        </span>
        <span className="question-card__articles" data-testid="tested-articles">
          {t('questions.card.articles')}{' '}
          {question.articles.map((number, index) => (
            <span key={number}>
              {index > 0 && ', '}
              <a href={articleHref(number)}>{t('questions.card.articleLink', { number })}</a>
            </span>
          ))}
        </span>
        <ContentNotice origin={question.content} />
      </div>
      {question.scenario && (
        <p className="question-card__scenario">
          <span className="question-card__label">{t('questions.card.scenario')}</span>
          {question.scenario}
        </p>
      )}
      <h3 id={promptId} className="question-card__prompt">
        {question.prompt}
      </h3>
      {question.type === 'matching' ? (
        <Pairs question={question} />
      ) : (
        <Options question={question} />
      )}
      <div className="question-card__explanation">
        <p className="question-card__label">{t('questions.card.explanation')}</p>
        <p>{question.explanation}</p>
      </div>
      <WhyNot question={question} />
      <p className="question-card__id">{question.id}</p>
    </li>
  );
}
