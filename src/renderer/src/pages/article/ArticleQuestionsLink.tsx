import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { QuestionIcon } from '@renderer/components/icons';
import { questionsHref } from '@renderer/router/routes';
import { selectArticleQuestionCount } from '@renderer/stores/questions/selectors';
import { useQuestionsStore } from '@renderer/stores/questions/store';

/** "12 questions on this article", leading to the question bank narrowed to it. */
export function ArticleQuestionsLink({ article }: { article: number }) {
  const { t } = useTranslation();
  const count = useQuestionsStore(selectArticleQuestionCount(article));

  useEffect(() => {
    void useQuestionsStore.getState().countForArticle(article);
  }, [article, count]);

  if (count === undefined) return null;
  if (count === 0)
    return <p className="article-questions article-questions--none">{t('article.noQuestions')}</p>;
  return (
    <p className="article-questions">
      <a className="article-questions__link" href={questionsHref({ article })}>
        <QuestionIcon />
        {t('article.questionsLink', { count })}
      </a>
    </p>
  );
}
