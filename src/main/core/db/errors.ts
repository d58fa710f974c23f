import type { RecoveryReason } from '../../../shared/domain/system';

/** The database file cannot be used as it is; the user chooses to restore a backup or quit. */
export class DatabaseNeedsRecoveryError extends Error {
  constructor(
    readonly reason: RecoveryReason,
    message: string,
  ) {
    super(message);
    this.name = 'DatabaseNeedsRecoveryError';
  }
}
