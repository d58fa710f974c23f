import { copyFileSync, existsSync, renameSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../../shared/api/envelope';
import { listBackups } from './backup';

/**
 * Puts a backup in place of the database (the newest when none is named). The file it replaces
 * is kept beside it, never deleted. `closeDatabase` runs once the backup is found, before any
 * file moves.
 */
export function restoreFromBackup(
  databaseFile: string,
  backupDir: string,
  requested: string | undefined,
  closeDatabase: () => void,
): void {
  const backups = listBackups(backupDir);
  const chosen =
    requested === undefined ? backups[0] : backups.find((b) => b.file === resolve(requested));
  if (!chosen) {
    throw new AppError(
      'NOT_FOUND',
      requested === undefined
        ? `There is no backup in ${backupDir}.`
        : `${requested} is not one of the backups in ${backupDir}.`,
    );
  }
  closeDatabase();
  const keptAs = `${databaseFile}.replaced-${new Date().toISOString().replace(/[-:.]/g, '')}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(databaseFile + suffix)) renameSync(databaseFile + suffix, keptAs + suffix);
  }
  copyFileSync(chosen.file, databaseFile);
}
