import type { StateCreator } from 'zustand';
import type { ApiError } from '@shared/api/envelope';
import type { Article } from '@shared/domain/library';
import { call } from '@renderer/api/client';
import { toApiError, type LoadStatus } from '../load-state';
import { contentLanguage } from '../content-language/store';
import type { LibraryStore } from './store';

export interface ArticleState {
  /** The article number the page asked for last; answers for any other are stale. */
  requestedArticle: number | null;
  article: Article | null;
  articleStatus: LoadStatus;
  articleError: ApiError | null;
}

export interface ArticleSlice extends ArticleState {
  openArticle(number: number): Promise<void>;
  /** The article shown is kept, but the next openArticle asks the server again. */
  forgetArticle(): void;
}

export const initialArticleState: ArticleState = {
  requestedArticle: null,
  article: null,
  articleStatus: 'idle',
  articleError: null,
};

export const createArticleSlice: StateCreator<LibraryStore, [], [], ArticleSlice> = (set, get) => ({
  ...initialArticleState,
  async openArticle(number) {
    const { requestedArticle, articleStatus } = get();
    if (requestedArticle === number && articleStatus !== 'error') return;
    set({ requestedArticle: number, articleStatus: 'loading', articleError: null });
    try {
      const article = await call('library.getArticle', { number, language: contentLanguage() });
      if (get().requestedArticle === number) set({ article, articleStatus: 'ready' });
    } catch (error) {
      if (get().requestedArticle === number) {
        set({ article: null, articleStatus: 'error', articleError: toApiError(error) });
      }
    }
  },
  forgetArticle() {
    set({ requestedArticle: null });
  },
});
