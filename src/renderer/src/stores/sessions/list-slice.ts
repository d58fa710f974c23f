import type { StateCreator } from 'zustand';
import type { Input } from '@shared/api/contract';
import type { ApiError } from '@shared/api/envelope';
import { call } from '@renderer/api/client';
import { toApiError } from '../load-state';
import { loadListInto, type ListLoadState } from '../load-list';
import type { SessionsStore } from './store';
import type { SessionSummary } from './types';

export type CreateSessionInput = Input<'sessions.create'>;

export interface ListState extends ListLoadState {
  summaries: SessionSummary[];
  createPhase: 'idle' | 'saving' | 'error';
  createError: ApiError | null;
}

export interface ListSlice extends ListState {
  loadList(): Promise<void>;
  /** Resolves to the new workshop's id, or null when the server refused (see createError). */
  createSession(input: CreateSessionInput): Promise<string | null>;
  clearCreateError(): void;
}

export const initialListState: ListState = {
  summaries: [],
  listStatus: 'idle',
  listError: null,
  createPhase: 'idle',
  createError: null,
};

export const createListSlice: StateCreator<SessionsStore, [], [], ListSlice> = (set, get) => ({
  ...initialListState,
  loadList: () => loadListInto(set, 'summaries', () => call('sessions.list', {})),
  async createSession(input) {
    set({ createPhase: 'saving', createError: null });
    try {
      const { id } = await call('sessions.create', input);
      set({ createPhase: 'idle' });
      void get().loadList();
      return id;
    } catch (error) {
      set({ createPhase: 'error', createError: toApiError(error) });
      return null;
    }
  },
  clearCreateError: () => set({ createPhase: 'idle', createError: null }),
});
