import { create } from 'zustand';
import { createArticleSlice, initialArticleState, type ArticleSlice } from './article-slice';
import { createOverviewSlice, initialOverviewState, type OverviewSlice } from './overview-slice';

export type LibraryStore = OverviewSlice & ArticleSlice & { reset(): void };

export const useLibraryStore = create<LibraryStore>()((...args) => ({
  ...createOverviewSlice(...args),
  ...createArticleSlice(...args),
  reset: () => args[0]({ ...initialOverviewState, ...initialArticleState }),
}));
