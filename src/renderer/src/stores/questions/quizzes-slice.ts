import type { StateCreator } from 'zustand';
import type { ApiError } from '@shared/api/envelope';
import type { QuizSummary } from '@shared/domain/packs';
import { call } from '@renderer/api/client';
import { contentLanguage } from '../content-language/store';
import { toApiError, type LoadStatus } from '../load-state';
import type { QuestionsStore } from './store';

export interface QuizzesState {
  quizzes: QuizSummary[];
  quizzesStatus: LoadStatus;
  /** Kept apart from the bank's error: the quiz table failing must not hide the questions. */
  quizzesError: ApiError | null;
}

export interface QuizzesSlice extends QuizzesState {
  loadQuizzes(): Promise<void>;
}

export const initialQuizzesState: QuizzesState = {
  quizzes: [],
  quizzesStatus: 'idle',
  quizzesError: null,
};

export const createQuizzesSlice: StateCreator<QuestionsStore, [], [], QuizzesSlice> = (
  set,
  get,
) => ({
  ...initialQuizzesState,
  async loadQuizzes() {
    if (get().quizzesStatus === 'loading') return;
    set({ quizzesStatus: 'loading', quizzesError: null });
    try {
      set({
        quizzes: await call('quizzes.list', { language: contentLanguage() }),
        quizzesStatus: 'ready',
      });
    } catch (error) {
      set({ quizzesStatus: 'error', quizzesError: toApiError(error) });
    }
  },
});
