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

export function ArticlePage({ number }: { number: number }) {
  const { t } = useTranslation();
  const article = useLibraryStore(selectArticle);
  const status = useLibraryStore(selectArticleStatus);
  const error = useLibraryStore(selectArticleError);
  const openArticle = useLibraryStore(selectOpenArticle);

  useEffect(() => {
    void openArticle(number);
  }, [number, openArticle]);

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
