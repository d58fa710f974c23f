import type { StateCreator } from 'zustand';
import type { ApiError } from '@shared/api/envelope';
import type { SessionResults } from '@shared/training/results';
import { call } from '@renderer/api/client';
import { toApiError, type LoadStatus } from '../load-state';
import type { SessionsStore } from './store';

export interface ResultsState {
  results: SessionResults | null;
  resultsStatus: LoadStatus;
  resultsError: ApiError | null;
}

export interface ResultsSlice extends ResultsState {
  loadResults(): Promise<void>;
}

export const initialResultsState: ResultsState = {
  results: null,
  resultsStatus: 'idle',
  resultsError: null,
};

export const createResultsSlice: StateCreator<SessionsStore, [], [], ResultsSlice> = (
  set,
  get,
) => ({
  ...initialResultsState,
  async loadResults() {
    const sessionId = get().session?.id;
    if (!sessionId) return;
    set({ resultsStatus: 'loading', resultsError: null });
    try {
      set({ results: await call('sessions.results', { sessionId }), resultsStatus: 'ready' });
    } catch (error) {
      set({ resultsStatus: 'error', resultsError: toApiError(error) });
    }
  },
});
