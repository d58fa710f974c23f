import type { StateCreator } from 'zustand';
import type { ApiError } from '@shared/api/envelope';
import type { SystemInfo } from '@shared/domain/system';
import { call } from '@renderer/api/client';
import { toApiError, type LoadStatus } from '../load-state';
import type { SystemStore } from './store';

export interface InfoState {
  info: SystemInfo | null;
  infoStatus: LoadStatus;
  infoError: ApiError | null;
}

export interface InfoSlice extends InfoState {
  loadInfo(): Promise<void>;
}

export const initialInfoState: InfoState = { info: null, infoStatus: 'idle', infoError: null };

export const createInfoSlice: StateCreator<SystemStore, [], [], InfoSlice> = (set) => ({
  ...initialInfoState,
  async loadInfo() {
    set({ infoStatus: 'loading', infoError: null });
    try {
      set({ info: await call('system.info', {}), infoStatus: 'ready' });
    } catch (error) {
      set({ infoStatus: 'error', infoError: toApiError(error) });
    }
  },
});
