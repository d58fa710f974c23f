import { create } from 'zustand';
import { createBackupSlice, initialBackupState, type BackupSlice } from './backup-slice';
import { createInfoSlice, initialInfoState, type InfoSlice } from './info-slice';
import { createStatusSlice, initialStatusState, type StatusSlice } from './status-slice';

export type SystemStore = StatusSlice & InfoSlice & BackupSlice & { reset(): void };

export const useSystemStore = create<SystemStore>()((...args) => ({
  ...createStatusSlice(...args),
  ...createInfoSlice(...args),
  ...createBackupSlice(...args),
  reset: () => args[0]({ ...initialStatusState, ...initialInfoState, ...initialBackupState }),
}));
