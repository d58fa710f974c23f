import type { StateCreator } from 'zustand';
import type { ApiError } from '@shared/api/envelope';
import type { Question } from '@shared/domain/packs';
import { call } from '@renderer/api/client';
import { contentLanguage } from '../content-language/store';
import { questionFilterKey, type QuestionFilter } from '@renderer/router/filters';
import { toApiError, type LoadStatus } from '../load-state';
import type { QuestionsStore } from './store';

/** The most the API hands out in one answer; the bundled pack has a few hundred. */
const QUESTION_LIMIT = 2000;
export const PAGE_SIZE = 40;

export interface BankState {
  /** The filter the page asked for last (as a key); answers for any other are stale. */
  requestedFilter: string | null;
  questions: Question[];
  /** How many of the questions the page renders: a long bank grows on request. */
  shown: number;
  bankStatus: LoadStatus;
  bankError: ApiError | null;
}

export interface BankSlice extends BankState {
  loadQuestions(filter: QuestionFilter, options?: { force?: boolean }): Promise<void>;
  showMore(): void;
}

export const initialBankState: BankState = {
  requestedFilter: null,
  questions: [],
  shown: PAGE_SIZE,
  bankStatus: 'idle',
  bankError: null,
};

export const createBankSlice: StateCreator<QuestionsStore, [], [], BankSlice> = (set, get) => ({
  ...initialBankState,
  async loadQuestions(filter, options) {
    // The same filter in another content language is another list.
    const key = `${questionFilterKey(filter)}|${contentLanguage() ?? ''}`;
    const { requestedFilter, bankStatus } = get();
    if (!options?.force && requestedFilter === key && bankStatus !== 'error') return;
    set({ requestedFilter: key, bankStatus: 'loading', bankError: null });
    try {
      const questions = await call('questions.list', {
        ...(filter.article !== undefined ? { articles: [filter.article] } : {}),
        ...(filter.chapter ? { chapter: filter.chapter } : {}),
        ...(filter.type ? { type: filter.type } : {}),
        ...(filter.difficulty ? { difficulty: filter.difficulty } : {}),
        ...(filter.audience ? { audience: filter.audience } : {}),
        limit: QUESTION_LIMIT,
        language: contentLanguage(),
      });
      if (get().requestedFilter === key) set({ questions, shown: PAGE_SIZE, bankStatus: 'ready' });
    } catch (error) {
      if (get().requestedFilter === key)
        set({ questions: [], bankStatus: 'error', bankError: toApiError(error) });
    }
  },
  showMore() {
    set({ shown: get().shown + PAGE_SIZE });
  },
});
