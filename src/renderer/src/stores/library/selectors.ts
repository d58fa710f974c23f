import type { ArticleListItem } from '@shared/domain/library';
import type { LibraryStore } from './store';

const NO_ARTICLES: ArticleListItem[] = [];

export const selectChapters = (s: LibraryStore) => s.chapters;
export const selectStats = (s: LibraryStore) => s.stats;
export const selectStatsError = (s: LibraryStore) => s.statsError;
export const selectOverviewStatus = (s: LibraryStore) => s.overviewStatus;
export const selectOverviewError = (s: LibraryStore) => s.overviewError;
export const selectLoadOverview = (s: LibraryStore) => s.loadOverview;
export const selectArticlesByChapter = (s: LibraryStore) => s.articlesByChapter;
export const selectChapterArticles = (chapter: string) => (s: LibraryStore) =>
  s.articlesByChapter[chapter] ?? NO_ARTICLES;

export const selectArticle = (s: LibraryStore) => s.article;
export const selectArticleStatus = (s: LibraryStore) => s.articleStatus;
export const selectArticleError = (s: LibraryStore) => s.articleError;
export const selectOpenArticle = (s: LibraryStore) => s.openArticle;
