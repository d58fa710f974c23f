import type { SystemStore } from './store';

export const selectPhase = (s: SystemStore) => s.phase;
export const selectStatus = (s: SystemStore) => s.status;
export const selectStatusError = (s: SystemStore) => s.statusError;
export const selectRecoveryAction = (s: SystemStore) => s.recoveryAction;
export const selectRecovery = (s: SystemStore) =>
  s.status?.state === 'recovery' ? s.status : null;

export const selectInfo = (s: SystemStore) => s.info;
export const selectInfoStatus = (s: SystemStore) => s.infoStatus;
export const selectInfoError = (s: SystemStore) => s.infoError;

export const selectBackupPhase = (s: SystemStore) => s.backupPhase;
export const selectBackupFraction = (s: SystemStore) => s.backupFraction;
export const selectBackupResult = (s: SystemStore) => s.backupResult;
export const selectBackupError = (s: SystemStore) => s.backupError;
