import { create } from 'zustand';
import type { Output } from '@shared/api/contract';
import type { ApiError } from '@shared/api/envelope';
import type { Answer } from '@shared/training/scoring';
import { call } from '@renderer/api/client';
import { offerDownload } from '@renderer/files/download';
import { toApiError } from '../load-state';
import { answerReady } from './attempt/questions';
import { workshopContentLanguage } from './workshop-content-language';

type QuizDetail = Output<'quizzes.get'>;
export type PrintKind = 'sheet' | 'key' | 'sign-in';

/** The paper fallback: printing sheets, and typing one participant's sheet into a single grid. */
interface PaperStore {
  grid: { sessionId: string; participantId: string; quiz: QuizDetail } | null;
  answers: Record<string, Answer>;
  phase: 'idle' | 'loading' | 'saving' | 'saved' | 'error';
  error: ApiError | null;
  score: number | null;
  printing: PrintKind | null;
  /** The last failed print, with what it was, so each screen shows only its own failure. */
  printError: { what: PrintKind; error: ApiError } | null;
  /** `language`: the workshop's, so the rows read as the printed sheet does. */
  openGrid(
    sessionId: string,
    participantId: string,
    quizId: string,
    language: string,
  ): Promise<void>;
  setAnswer(questionId: string, answer: Answer | undefined): void;
  save(): Promise<void>;
  close(): void;
  print(what: PrintKind, request: { sessionId: string; quizId?: string }): Promise<void>;
}

const closed = { grid: null, answers: {}, phase: 'idle', error: null, score: null } as const;

export const usePaperStore = create<PaperStore>()((set, get) => ({
  ...closed,
  printing: null,
  printError: null,
  async openGrid(sessionId, participantId, quizId, language) {
    set({ ...closed, phase: 'loading' });
    try {
      const quiz = await call('quizzes.get', {
        id: quizId,
        language: workshopContentLanguage(language),
      });
      set({ grid: { sessionId, participantId, quiz }, phase: 'idle' });
    } catch (error) {
      set({ phase: 'error', error: toApiError(error) });
    }
  },
  setAnswer(questionId, answer) {
    const answers = { ...get().answers };
    if (answer === undefined) delete answers[questionId];
    else answers[questionId] = answer;
    set({ answers, phase: get().phase === 'saved' ? 'idle' : get().phase });
  },
  async save() {
    const { grid, answers } = get();
    if (!grid || get().phase === 'saving') return;
    set({ phase: 'saving', error: null });
    // A question left blank on the sheet is left out: it scores 0, as an unanswered one on screen.
    const responses = grid.quiz.questions
      .filter((q) => answerReady(q, answers[q.id]))
      .map((q) => ({ questionId: q.id, answer: answers[q.id]! }));
    try {
      const { score } = await call('attempts.submit', {
        sessionId: grid.sessionId,
        participantId: grid.participantId,
        quizId: grid.quiz.id,
        responses,
      });
      set({ phase: 'saved', score });
    } catch (error) {
      set({ phase: 'error', error: toApiError(error) });
    }
  },
  close: () => set(closed),
  async print(what, request) {
    set({ printing: what, printError: null });
    try {
      const file =
        what === 'sign-in'
          ? await call('reports.renderSignInSheet', { sessionId: request.sessionId })
          : await call('reports.renderQuizSheet', {
              quizId: request.quizId ?? '',
              sessionId: request.sessionId,
              key: what === 'key',
            });
      offerDownload(file);
      set({ printing: null });
    } catch (error) {
      set({ printing: null, printError: { what, error: toApiError(error) } });
    }
  },
}));
