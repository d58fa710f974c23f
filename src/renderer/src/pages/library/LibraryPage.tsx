import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { LoadingNotice } from '@renderer/components/LoadingNotice';
import { PageTitle } from '@renderer/components/PageTitle';
import { formatNumber } from '@renderer/format/intl';
import {
  selectChapters,
  selectLoadOverview,
  selectOverviewError,
  selectOverviewStatus,
  selectStats,
  selectStatsError,
} from '@renderer/stores/library/selectors';
import { useLibraryStore } from '@renderer/stores/library/store';
import { ChapterSection } from './ChapterSection';
import { ContentLanguagePicker } from '@renderer/components/ContentLanguagePicker';
import { ContentLanguageBanner } from '@renderer/components/ContentNotice';
import { useContentLanguage } from '@renderer/stores/content-language/store';

export function LibraryPage() {
  const { t } = useTranslation();
  const chapters = useLibraryStore(selectChapters);
  const stats = useLibraryStore(selectStats);
  const statsError = useLibraryStore(selectStatsError);
  const status = useLibraryStore(selectOverviewStatus);
  const error = useLibraryStore(selectOverviewError);
  const loadOverview = useLibraryStore(selectLoadOverview);
  const language = useContentLanguage();

  // Read once the content language is known, and again after it changed (the store resets).
  useEffect(() => {
    if (status === 'idle' && language !== null) void loadOverview();
  }, [status, loadOverview, language]);

  return (
    <div className="page page--library">
      <header className="page-header">
        <div className="library-title-row">
          <PageTitle documentTitle={t('library.title')}>{t('library.title')}</PageTitle>
          <ContentLanguagePicker />
        </div>
        <p className="page-header__intro">{t('library.intro')}</p>
        <ContentLanguageBanner />
        {stats && (
          <p className="page-header__meta" data-testid="library-stats">
            {t('library.stats', {
              chapters: formatNumber(stats.chapters),
              articles: formatNumber(stats.articles),
              provisions: formatNumber(stats.provisions),
              terms: formatNumber(stats.terms),
              questions: formatNumber(stats.questions),
            })}
          </p>
        )}
      </header>
      {statsError && <ErrorAlert error={statsError} title={t('library.statsFailed')} />}
      {status === 'loading' && <LoadingNotice />}
      {error && <ErrorAlert error={error} onRetry={() => void loadOverview()} />}
      {chapters.map((chapter) => (
        <ChapterSection key={chapter.number} chapter={chapter} />
      ))}
    </div>
  );
}
