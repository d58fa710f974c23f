import type { StateCreator } from 'zustand';
import type { PackSummary } from '@shared/domain/packs';
import { call } from '@renderer/api/client';
import { loadListInto, type ListLoadState } from '../load-list';
import type { PacksStore } from './store';

export interface ListState extends ListLoadState {
  packs: PackSummary[];
}

export interface ListSlice extends ListState {
  loadPacks(): Promise<void>;
}

export const initialListState: ListState = { packs: [], listStatus: 'idle', listError: null };

export const createListSlice: StateCreator<PacksStore, [], [], ListSlice> = (set) => ({
  ...initialListState,
  loadPacks: () => loadListInto(set, 'packs', () => call('packs.list', {})),
});
