import type { StateCreator } from 'zustand';
import type { ApiError } from '@shared/api/envelope';
import type { PackSummary } from '@shared/domain/packs';
import { call } from '@renderer/api/client';
import { toApiError, type LoadStatus } from '../load-state';
import type { PacksStore } from './store';

export interface ListState {
  packs: PackSummary[];
  listStatus: LoadStatus;
  listError: ApiError | null;
}

export interface ListSlice extends ListState {
  loadPacks(): Promise<void>;
}

export const initialListState: ListState = { packs: [], listStatus: 'idle', listError: null };

export const createListSlice: StateCreator<PacksStore, [], [], ListSlice> = (set) => ({
  ...initialListState,
  async loadPacks() {
    set({ listStatus: 'loading', listError: null });
    try {
      set({ packs: await call('packs.list', {}), listStatus: 'ready' });
    } catch (error) {
      set({ listStatus: 'error', listError: toApiError(error) });
    }
  },
});
