import type { StateCreator } from 'zustand';
import type { Input } from '@shared/api/contract';
import type { ApiError } from '@shared/api/envelope';
import type { Question } from '@shared/domain/packs';
import { call } from '@renderer/api/client';
import type { QuestionFilter } from '@renderer/router/filters';
import { toApiError, type LoadStatus } from '../load-state';
import type { SessionsStore } from './store';

export type NewQuizInput = Input<'quizzes.create'>;

export interface BuilderState {
  builderFilter: QuestionFilter;
  candidates: Question[];
  candidatesStatus: LoadStatus;
  candidatesError: ApiError | null;
  /** Chosen question ids, in the order they were picked. */
  picked: string[];
  builderPhase: 'idle' | 'saving' | 'error';
  builderError: ApiError | null;
  createdQuiz: { id: string; title: string } | null;
}

export interface BuilderSlice extends BuilderState {
  setBuilderFilter(filter: QuestionFilter): Promise<void>;
  togglePick(id: string): void;
  /** Replaces the choice with n questions drawn at random from those the filters show. */
  pickRandom(n: number): void;
  pickAllShown(): void;
  clearPicks(): void;
  createQuiz(input: Omit<NewQuizInput, 'questionIds'>): Promise<string | null>;
}

export const initialBuilderState: BuilderState = {
  builderFilter: {},
  candidates: [],
  candidatesStatus: 'idle',
  candidatesError: null,
  picked: [],
  builderPhase: 'idle',
  builderError: null,
  createdQuiz: null,
};

export const createBuilderSlice: StateCreator<SessionsStore, [], [], BuilderSlice> = (
  set,
  get,
) => ({
  ...initialBuilderState,
  async setBuilderFilter(filter) {
    set({ builderFilter: filter, candidatesStatus: 'loading', candidatesError: null });
    try {
      const candidates = await call('questions.list', {
        ...(filter.chapter ? { chapter: filter.chapter } : {}),
        ...(filter.article ? { articles: [filter.article] } : {}),
        ...(filter.type ? { type: filter.type } : {}),
        ...(filter.difficulty ? { difficulty: filter.difficulty } : {}),
        ...(filter.audience ? { audience: filter.audience } : {}),
      });
      // A later filter may have been chosen meanwhile: only the latest answer counts.
      if (get().builderFilter === filter) set({ candidates, candidatesStatus: 'ready' });
    } catch (error) {
      if (get().builderFilter === filter)
        set({ candidatesStatus: 'error', candidatesError: toApiError(error) });
    }
  },
  togglePick(id) {
    const picked = get().picked;
    set({ picked: picked.includes(id) ? picked.filter((p) => p !== id) : [...picked, id] });
  },
  pickRandom(n) {
    const pool = get().candidates.map((q) => q.id);
    for (let i = pool.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [pool[i], pool[j]] = [pool[j] as string, pool[i] as string];
    }
    set({ picked: pool.slice(0, Math.max(0, Math.min(n, 200))) });
  },
  pickAllShown() {
    const picked = get().picked;
    const more = get()
      .candidates.map((q) => q.id)
      .filter((id) => !picked.includes(id));
    set({ picked: [...picked, ...more].slice(0, 200) });
  },
  clearPicks: () => set({ picked: [] }),
  async createQuiz(input) {
    const questionIds = get().picked;
    if (questionIds.length === 0) return null;
    set({ builderPhase: 'saving', builderError: null, createdQuiz: null });
    try {
      const { id } = await call('quizzes.create', { ...input, questionIds });
      set({ builderPhase: 'idle', picked: [], createdQuiz: { id, title: input.title } });
      await get().loadQuizzes();
      return id;
    } catch (error) {
      set({ builderPhase: 'error', builderError: toApiError(error) });
      return null;
    }
  },
});
