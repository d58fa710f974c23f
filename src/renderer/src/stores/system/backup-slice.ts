import type { StateCreator } from 'zustand';
import type { ApiError } from '@shared/api/envelope';
import type { EventPayload } from '@shared/api/events';
import type { BackupInfo } from '@shared/domain/system';
import { call } from '@renderer/api/client';
import { toApiError } from '../load-state';
import type { SystemStore } from './store';

export type BackupPhase = 'idle' | 'running' | 'done' | 'error';

export interface BackupState {
  backupPhase: BackupPhase;
  /** 0…1; events may never arrive for a small database, so the answer itself completes it. */
  backupFraction: number;
  backupResult: BackupInfo | null;
  backupError: ApiError | null;
}

export interface BackupSlice extends BackupState {
  backUpNow(): Promise<void>;
  receiveProgress(progress: EventPayload<'job.progress'>): void;
}

export const initialBackupState: BackupState = {
  backupPhase: 'idle',
  backupFraction: 0,
  backupResult: null,
  backupError: null,
};

export const createBackupSlice: StateCreator<SystemStore, [], [], BackupSlice> = (set, get) => ({
  ...initialBackupState,
  async backUpNow() {
    if (get().backupPhase === 'running') return;
    set({ backupPhase: 'running', backupFraction: 0, backupResult: null, backupError: null });
    try {
      const backupResult = await call('system.backup', {});
      set({ backupPhase: 'done', backupFraction: 1, backupResult });
    } catch (error) {
      set({ backupPhase: 'error', backupError: toApiError(error) });
    }
  },
  receiveProgress(progress) {
    if (progress.kind !== 'backup' || get().backupPhase !== 'running') return;
    const fraction = progress.total > 0 ? progress.current / progress.total : 0;
    set({ backupFraction: Math.max(get().backupFraction, Math.min(1, fraction)) });
  },
});
