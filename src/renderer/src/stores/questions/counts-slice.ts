import type { StateCreator } from 'zustand';
import { call } from '@renderer/api/client';
import type { QuestionsStore } from './store';

export interface CountsState {
  /** Questions per article, filled as articles are opened; absent = not known yet. */
  articleCounts: Record<number, number>;
}

export interface CountsSlice extends CountsState {
  countForArticle(number: number): Promise<void>;
  /** After an import the counts may have changed: they are asked for again when needed. */
  forgetCounts(): void;
}

export const initialCountsState: CountsState = { articleCounts: {} };

export const createCountsSlice: StateCreator<QuestionsStore, [], [], CountsSlice> = (set, get) => ({
  ...initialCountsState,
  async countForArticle(number) {
    if (number in get().articleCounts) return;
    try {
      const questions = await call('questions.list', { articles: [number], limit: 2000 });
      set({ articleCounts: { ...get().articleCounts, [number]: questions.length } });
    } catch {
      // The count is a nicety beside the article: without it the link is simply not shown.
    }
  },
  forgetCounts() {
    set({ articleCounts: {} });
  },
});
