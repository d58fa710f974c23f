import type { StateCreator } from 'zustand';
import type { ApiError } from '@shared/api/envelope';
import type { ArticleListItem, ChapterSummary, LibraryStats } from '@shared/domain/library';
import { call } from '@renderer/api/client';
import { toApiError, type LoadStatus } from '../load-state';
import { contentLanguage } from '../content-language/store';
import type { LibraryStore } from './store';

export interface OverviewState {
  chapters: ChapterSummary[];
  /** Kept grouped so selectors hand out stored arrays, never fresh ones. */
  articlesByChapter: Record<string, ArticleListItem[]>;
  stats: LibraryStats | null;
  /** Kept apart: the counts are a nicety, and their failure must not hide the list. */
  statsError: ApiError | null;
  overviewStatus: LoadStatus;
  overviewError: ApiError | null;
}

export interface OverviewSlice extends OverviewState {
  loadOverview(): Promise<void>;
  /** Asks for the counts again, after an import changed them. */
  refreshStats(): Promise<void>;
}

export const initialOverviewState: OverviewState = {
  chapters: [],
  articlesByChapter: {},
  stats: null,
  statsError: null,
  overviewStatus: 'idle',
  overviewError: null,
};

/** The overview as read: chapters, and the articles grouped under them. */
export function readOverview(
  chapters: ChapterSummary[],
  articles: ArticleListItem[],
): Pick<OverviewState, 'chapters' | 'articlesByChapter' | 'overviewStatus'> {
  const articlesByChapter: Record<string, ArticleListItem[]> = {};
  for (const article of articles) (articlesByChapter[article.chapter] ??= []).push(article);
  return { chapters, articlesByChapter, overviewStatus: 'ready' };
}

export const createOverviewSlice: StateCreator<LibraryStore, [], [], OverviewSlice> = (
  set,
  get,
) => ({
  ...initialOverviewState,
  async loadOverview() {
    if (get().overviewStatus === 'loading') return;
    set({ overviewStatus: 'loading', overviewError: null, statsError: null });
    const stats = call('library.stats', {}).then(
      (value) => set({ stats: value }),
      (error: unknown) => set({ statsError: toApiError(error) }),
    );
    try {
      const [chapters, articles] = await Promise.all([
        call('library.listChapters', { language: contentLanguage() }),
        call('library.listArticles', { language: contentLanguage() }),
      ]);
      set(readOverview(chapters, articles));
    } catch (error) {
      set({ overviewStatus: 'error', overviewError: toApiError(error) });
    }
    await stats;
  },
  async refreshStats() {
    try {
      set({ stats: await call('library.stats', {}), statsError: null });
    } catch (error) {
      set({ statsError: toApiError(error) });
    }
  },
});
