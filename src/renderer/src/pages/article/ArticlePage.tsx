import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { LoadingNotice } from '@renderer/components/LoadingNotice';
import { PageTitle } from '@renderer/components/PageTitle';
import {
  selectArticle,
  selectArticleError,
  selectArticleStatus,
  selectOpenArticle,
} from '@renderer/stores/library/selectors';
import { useLibraryStore } from '@renderer/stores/library/store';
import { ArticleView } from './ArticleView';
import { useContentLanguage } from '@renderer/stores/content-language/store';

export function ArticlePage({ number }: { number: number }) {
  const { t } = useTranslation();
  const article = useLibraryStore(selectArticle);
  const status = useLibraryStore(selectArticleStatus);
  const error = useLibraryStore(selectArticleError);
  const openArticle = useLibraryStore(selectOpenArticle);
  const language = useContentLanguage();

  // In the content language: once it is known, and again when it changes.
  useEffect(() => {
    if (language !== null) void openArticle(number);
  }, [number, openArticle, language]);

  if (error?.code === 'NOT_FOUND') {
    return (
      <div className="page">
        <header className="page-header">
          <PageTitle documentTitle={t('article.notFoundTitle')}>
            {t('article.notFoundTitle')}
          </PageTitle>
        </header>
        <div className="notice" role="alert">
          <p>{t('article.notFound', { number })}</p>
          <p>
            <a href="#/">{t('article.backToLibrary')}</a>
          </p>
        </div>
      </div>
    );
  }
  if (error) return <ErrorAlert error={error} onRetry={() => void openArticle(number)} />;
  if (status === 'loading' && article?.number !== number) return <LoadingNotice />;
  if (article?.number !== number) return null;
  return <ArticleView article={article} />;
}
