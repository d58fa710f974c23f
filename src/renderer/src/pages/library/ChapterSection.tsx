import { useTranslation } from 'react-i18next';
import type { ChapterSummary } from '@shared/domain/library';
import { ObligationBadge } from '@renderer/components/ObligationBadge';
import { ContentNotice } from '@renderer/components/ContentNotice';
import { articleHref } from '@renderer/router/routes';
import { selectChapterArticles } from '@renderer/stores/library/selectors';
import { useLibraryStore } from '@renderer/stores/library/store';

export function ChapterSection({ chapter }: { chapter: ChapterSummary }) {
  const { t } = useTranslation();
  const articles = useLibraryStore(selectChapterArticles(chapter.number));
  const headingId = `chapter-${chapter.number}`;
  const range =
    chapter.firstArticle === chapter.lastArticle
      ? t('library.articleRangeSingle', { first: chapter.firstArticle })
      : t('library.articleRange', { first: chapter.firstArticle, last: chapter.lastArticle });

  return (
    <section className="chapter" aria-labelledby={headingId}>
      <header className="chapter__header">
        <h2 id={headingId} className="chapter__title">
          <span className="chapter__number">
            {t('library.chapterHeading', { number: chapter.number })}
          </span>
          <span className="chapter__name" lang={chapter.content?.language}>
            {chapter.title}
          </span>
        </h2>
        <p className="chapter__meta">
          {range} · {t('library.articleCount', { count: chapter.articleCount })}
        </p>
      </header>
      <ul className="article-list">
        {articles.map((article) => (
          <li key={article.number}>
            <a className="article-row" href={articleHref(article.number)}>
              <span className="article-row__number">
                {t('library.articleNumber', { number: article.number })}
              </span>
              <span className="article-row__title" lang={article.content?.language}>
                {article.title} <ContentNotice origin={article.content} compact />
              </span>
              <ObligationBadge level={article.obligation} />
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
