import type { StateCreator } from 'zustand';
import type { ApiError } from '@shared/api/envelope';
import type { SystemStatus } from '@shared/domain/system';
import { call } from '@renderer/api/client';
import { toApiError } from '../load-state';
import type { SystemStore } from './store';

/** What the whole window shows: the app, the recovery screen, or why it can show neither. */
export type AppPhase = 'starting' | 'ready' | 'recovery' | 'denied' | 'failed' | 'closed';
export type RecoveryAction = 'idle' | 'restoring' | 'quitting';

export interface StatusState {
  phase: AppPhase;
  status: SystemStatus | null;
  statusError: ApiError | null;
  recoveryAction: RecoveryAction;
}

export interface StatusSlice extends StatusState {
  checkStatus(): Promise<void>;
  restoreNewestBackup(): Promise<void>;
  quit(): Promise<void>;
}

export const initialStatusState: StatusState = {
  phase: 'starting',
  status: null,
  statusError: null,
  recoveryAction: 'idle',
};

function phaseFor(status: SystemStatus): AppPhase {
  return status.state === 'ready' ? 'ready' : 'recovery';
}

function failurePhase(error: ApiError): AppPhase {
  return error.code === 'UNAUTHORIZED' ? 'denied' : 'failed';
}

export const createStatusSlice: StateCreator<SystemStore, [], [], StatusSlice> = (set) => ({
  ...initialStatusState,
  async checkStatus() {
    set({ phase: 'starting', statusError: null });
    try {
      const status = await call('system.status', {});
      set({ status, phase: phaseFor(status) });
    } catch (error) {
      const apiError = toApiError(error);
      set({ statusError: apiError, phase: failurePhase(apiError) });
    }
  },
  async restoreNewestBackup() {
    set({ recoveryAction: 'restoring', statusError: null });
    try {
      const status = await call('system.restoreBackup', {});
      set({ status, phase: phaseFor(status), recoveryAction: 'idle' });
    } catch (error) {
      set({ statusError: toApiError(error), recoveryAction: 'idle' });
    }
  },
  async quit() {
    set({ recoveryAction: 'quitting', statusError: null });
    try {
      await call('system.quit', {});
      set({ phase: 'closed', recoveryAction: 'idle' });
    } catch (error) {
      set({ statusError: toApiError(error), recoveryAction: 'idle' });
    }
  },
});
