import { create } from 'zustand';
import { createBankSlice, initialBankState, type BankSlice } from './bank-slice';
import { createCountsSlice, initialCountsState, type CountsSlice } from './counts-slice';
import { createQuizzesSlice, initialQuizzesState, type QuizzesSlice } from './quizzes-slice';

export type QuestionsStore = BankSlice & QuizzesSlice & CountsSlice & { reset(): void };

export const useQuestionsStore = create<QuestionsStore>()((...args) => ({
  ...createBankSlice(...args),
  ...createQuizzesSlice(...args),
  ...createCountsSlice(...args),
  reset: () => args[0]({ ...initialBankState, ...initialQuizzesState, ...initialCountsState }),
}));
