import type { QuestionsStore } from './store';

export const selectQuestions = (s: QuestionsStore) => s.questions;
export const selectQuestionCount = (s: QuestionsStore) => s.questions.length;
export const selectShown = (s: QuestionsStore) => s.shown;
export const selectBankStatus = (s: QuestionsStore) => s.bankStatus;
export const selectBankError = (s: QuestionsStore) => s.bankError;

export const selectQuizzes = (s: QuestionsStore) => s.quizzes;
export const selectQuizzesStatus = (s: QuestionsStore) => s.quizzesStatus;
export const selectQuizzesError = (s: QuestionsStore) => s.quizzesError;

/** undefined until the count for that article has arrived. */
export const selectArticleQuestionCount = (number: number) => (s: QuestionsStore) =>
  s.articleCounts[number];
