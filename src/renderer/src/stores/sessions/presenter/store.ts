import { create } from 'zustand';
import type { ApiError } from '@shared/api/envelope';
import type { Article } from '@shared/domain/library';
import { call } from '@renderer/api/client';
import { toApiError, type LoadStatus } from '@renderer/stores/load-state';
import type { QuizDetail } from '../types';
import { workshopContentLanguage } from '../workshop-content-language';
import { presenterSteps, type PresenterStep } from './steps';
import { timerOnStep, toggleBlockTimer, type BlockTimer } from './timer';

export interface PresenterState {
  sessionId: string | null;
  sessionTitle: string;
  /** The workshop's language: the presenter screen is shown in it. */
  sessionLanguage: string;
  steps: PresenterStep[];
  index: number;
  /** Question steps whose answer is shown, by step index. */
  revealed: Record<number, true>;
  /** The countdown, when running; moving to another block restarts it. */
  timer: BlockTimer | null;
  status: LoadStatus;
  error: ApiError | null;
}

export interface PresenterStore extends PresenterState {
  load(sessionId: string): Promise<void>;
  next(): void;
  previous(): void;
  goTo(index: number): void;
  toggleReveal(): void;
  toggleTimer(): void;
  reset(): void;
}

const initialPresenterState: PresenterState = {
  sessionId: null,
  sessionTitle: '',
  sessionLanguage: '',
  steps: [],
  index: 0,
  revealed: {},
  timer: null,
  status: 'idle',
  error: null,
};

/** Fetches what may fail without losing the rest: a block whose source is gone is shown as such. */
async function settle<T>(promise: Promise<T>): Promise<T | null> {
  try {
    return await promise;
  } catch {
    return null;
  }
}

/** The countdown's length for a step: its block's planned minutes, five when it has none. */
export const timerMinutes = (step: PresenterStep | undefined) => step?.minutes || 5;

export const usePresenterStore = create<PresenterStore>()((set, get) => ({
  ...initialPresenterState,
  async load(sessionId) {
    set({ ...initialPresenterState, sessionId, status: 'loading' });
    try {
      const session = await call('sessions.get', { id: sessionId });
      // Known first, so the room's language is loading while the slides' content is fetched.
      if (get().sessionId === sessionId) set({ sessionLanguage: session.language });
      const articleNumbers = [
        ...new Set(
          session.agenda
            .filter((b) => b.kind === 'article' && b.ref)
            .map((b) => Number(b.ref))
            .filter((n) => Number.isInteger(n) && n > 0),
        ),
      ];
      const quizIds = [
        ...new Set(session.agenda.filter((b) => b.kind === 'quiz' && b.ref).map((b) => b.ref!)),
      ];
      const needsChapters = session.agenda.some((b) => b.kind === 'chapter');
      const [articles, quizzes, chapters] = await Promise.all([
        Promise.all(articleNumbers.map((number) => settle(call('library.getArticle', { number })))),
        Promise.all(
          quizIds.map((id) =>
            settle(
              call('quizzes.get', { id, language: workshopContentLanguage(session.language) }),
            ),
          ),
        ),
        needsChapters ? call('library.listChapters', {}) : Promise.resolve([]),
      ]);
      const steps = presenterSteps(session.agenda, {
        articles: new Map(
          articles.filter((a): a is Article => a !== null).map((a) => [a.number, a]),
        ),
        quizzes: new Map(quizzes.filter((q): q is QuizDetail => q !== null).map((q) => [q.id, q])),
        chapters,
      });
      if (get().sessionId !== sessionId) return;
      set({ sessionTitle: session.title, steps, status: 'ready' });
    } catch (error) {
      set({ status: 'error', error: toApiError(error) });
    }
  },
  next: () => get().goTo(get().index + 1),
  previous: () => get().goTo(get().index - 1),
  goTo(index) {
    const { steps, timer } = get();
    const at = Math.max(0, Math.min(index, steps.length - 1));
    const step = steps[at];
    set({
      index: at,
      timer: step ? timerOnStep(timer, step.block, timerMinutes(step), Date.now()) : timer,
    });
  },
  toggleTimer() {
    const { steps, index, timer } = get();
    const step = steps[index];
    const block = step?.block ?? 0;
    set({ timer: toggleBlockTimer(timer, block, timerMinutes(step), Date.now()) });
  },
  toggleReveal() {
    const { index, steps, revealed } = get();
    if (steps[index]?.kind !== 'question') return;
    const next = { ...revealed };
    if (next[index]) delete next[index];
    else next[index] = true;
    set({ revealed: next });
  },
  reset: () => set(initialPresenterState),
}));

export const selectPresenterSteps = (s: PresenterStore) => s.steps;
export const selectPresenterIndex = (s: PresenterStore) => s.index;
export const selectPresenterRevealed = (s: PresenterStore) => s.revealed;
export const selectPresenterTimer = (s: PresenterStore) => s.timer;
export const selectPresenterStatus = (s: PresenterStore) => s.status;
export const selectPresenterError = (s: PresenterStore) => s.error;
export const selectPresenterTitle = (s: PresenterStore) => s.sessionTitle;
export const selectPresenterLanguage = (s: PresenterStore) => s.sessionLanguage;
