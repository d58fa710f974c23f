import { create } from 'zustand';
import type { ApiError } from '@shared/api/envelope';
import type { AttemptView } from '@shared/domain/sessions';
import type { Answer } from '@shared/training/scoring';
import { inShownOrder } from '@shared/training/option-order';
import { call } from '@renderer/api/client';
import { toApiError, type LoadStatus } from '@renderer/stores/load-state';
import type { QuizDetail } from '../types';

type ShownQuestion = QuizDetail['questions'][number];
import { workshopContentLanguage } from '../workshop-content-language';
import { answerReady } from './questions';

export interface AttemptState {
  attempt: AttemptView | null;
  quiz: QuizDetail | null;
  /** The quiz's questions in the attempt's order (in the workshop's language where translated). */
  questions: ShownQuestion[];
  sessionTitle: string;
  /** The workshop's language: questions and buttons are shown in it. */
  sessionLanguage: string;
  participantName: string;
  status: LoadStatus;
  error: ApiError | null;
  index: number;
  /** Choices made on screen, by question id, before and after they are sent. */
  drafts: Record<string, Answer>;
  answerPhase: 'idle' | 'saving';
  answerError: ApiError | null;
  finishPhase: 'idle' | 'saving' | 'error';
  finishError: ApiError | null;
}

export interface AttemptStore extends AttemptState {
  load(sessionId: string, attemptId: string): Promise<void>;
  goTo(index: number): void;
  setDraft(questionId: string, answer: Answer): void;
  /** Sends the current question's answer; it is stored at once on the server. */
  sendAnswer(): Promise<boolean>;
  finish(): Promise<boolean>;
  reset(): void;
}

const initialAttemptState: AttemptState = {
  attempt: null,
  quiz: null,
  questions: [],
  sessionTitle: '',
  sessionLanguage: '',
  participantName: '',
  status: 'idle',
  error: null,
  index: 0,
  drafts: {},
  answerPhase: 'idle',
  answerError: null,
  finishPhase: 'idle',
  finishError: null,
};

export const useAttemptStore = create<AttemptStore>()((set, get) => ({
  ...initialAttemptState,
  async load(sessionId, attemptId) {
    set({ ...initialAttemptState, status: 'loading' });
    try {
      const [attempt, session] = await Promise.all([
        call('attempts.get', { attemptId }),
        call('sessions.get', { id: sessionId }),
      ]);
      // Questions in the workshop's language where translated (each says when it is not).
      const quiz = await call('quizzes.get', {
        id: attempt.quizId,
        language: workshopContentLanguage(session.language),
      });
      const byId = new Map(quiz.questions.map((q) => [q.id, q]));
      const questions = attempt.questionIds
        .map((id) => byId.get(id))
        .filter((q): q is ShownQuestion => q !== undefined)
        // Taking, feedback and review all show the options in the order this attempt stored.
        .map((q) => inShownOrder(q, attempt.optionOrder[q.id]));
      const answered = new Set(attempt.responses.map((r) => r.questionId));
      // Reopening continues at the first question not answered yet.
      const firstOpen = questions.findIndex((q) => !answered.has(q.id));
      set({
        attempt,
        quiz,
        questions,
        sessionTitle: session.title,
        sessionLanguage: session.language,
        participantName:
          session.participants.find((p) => p.id === attempt.participantId)?.name ?? '',
        status: 'ready',
        index: firstOpen < 0 ? Math.max(0, questions.length - 1) : firstOpen,
        drafts: Object.fromEntries(attempt.responses.map((r) => [r.questionId, r.answer])),
      });
    } catch (error) {
      set({ status: 'error', error: toApiError(error) });
    }
  },
  goTo(index) {
    const max = get().questions.length - 1;
    set({ index: Math.max(0, Math.min(index, max)), answerError: null });
  },
  setDraft(questionId, answer) {
    set({ drafts: { ...get().drafts, [questionId]: answer }, answerError: null });
  },
  async sendAnswer() {
    const { attempt, questions, index, drafts } = get();
    const question = questions[index];
    if (!attempt || !question || get().answerPhase === 'saving') return false;
    const answer = drafts[question.id];
    if (answer === undefined || !answerReady(question, answer)) return false;
    set({ answerPhase: 'saving', answerError: null });
    try {
      const updated = await call('attempts.answer', {
        attemptId: attempt.id,
        questionId: question.id,
        answer,
      });
      set({ attempt: updated, answerPhase: 'idle' });
      return true;
    } catch (error) {
      set({ answerPhase: 'idle', answerError: toApiError(error) });
      return false;
    }
  },
  async finish() {
    const attempt = get().attempt;
    if (!attempt || get().finishPhase === 'saving') return false;
    set({ finishPhase: 'saving', finishError: null });
    try {
      await call('attempts.finish', { attemptId: attempt.id });
      set({ attempt: await call('attempts.get', { attemptId: attempt.id }), finishPhase: 'idle' });
      return true;
    } catch (error) {
      set({ finishPhase: 'error', finishError: toApiError(error) });
      return false;
    }
  },
  reset: () => set(initialAttemptState),
}));

export const selectAttempt = (s: AttemptStore) => s.attempt;
export const selectQuiz = (s: AttemptStore) => s.quiz;
export const selectQuestions = (s: AttemptStore) => s.questions;
export const selectAttemptStatus = (s: AttemptStore) => s.status;
export const selectAttemptError = (s: AttemptStore) => s.error;
export const selectIndex = (s: AttemptStore) => s.index;
export const selectDrafts = (s: AttemptStore) => s.drafts;
export const selectAnswerPhase = (s: AttemptStore) => s.answerPhase;
export const selectAnswerError = (s: AttemptStore) => s.answerError;
export const selectFinishPhase = (s: AttemptStore) => s.finishPhase;
export const selectFinishError = (s: AttemptStore) => s.finishError;
export const selectSessionTitle = (s: AttemptStore) => s.sessionTitle;
export const selectSessionLanguage = (s: AttemptStore) => s.sessionLanguage;
/** The language the quiz's words were asked for, which its "in English" marks compare with. */
export const selectContentLanguage = (s: AttemptStore) =>
  workshopContentLanguage(s.sessionLanguage);
export const selectParticipantName = (s: AttemptStore) => s.participantName;
