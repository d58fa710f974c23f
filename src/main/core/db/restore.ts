import { copyFileSync, existsSync, linkSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AppError } from '../../../shared/api/envelope';
import type { BackupInfo } from '../../../shared/domain/system';
import { listBackups } from './backup';
import {
  checkDatabaseFile,
  DatabaseFileProblem,
  fsyncFile,
  fsyncFolder,
  removeDatabaseFiles,
} from './db-file';
import { LATEST_SCHEMA_VERSION } from './migrations';

const JOURNALS = ['-wal', '-shm'] as const;

export interface RestoreRequest {
  databaseFile: string;
  backupDir: string;
  /** A backup file from the list; the newest good backup when absent. */
  requested?: string | undefined;
}

export interface RestoreResult {
  restored: BackupInfo;
  /** Newer backups passed over because they failed the check, with the reason. */
  skipped: { file: string; problem: string }[];
  /** The name the replaced database (and its -wal/-shm) now has; null if there was none. */
  keptAs: string | null;
  /** Puts the replaced database back, for when the restored one then fails to open. */
  putBack(): void;
}

/** Where a restore prepares its copy, beside the database so the final rename is atomic. */
const preparing = (databaseFile: string) => `${databaseFile}.restoring`;

/** Removes a copy that a restore interrupted by a crash left behind (it is only a copy of a backup). */
export function removeUnfinishedRestore(databaseFile: string): void {
  removeDatabaseFiles(preparing(databaseFile));
}

/** Copies one backup beside the database and proves the copy whole; throws DatabaseFileProblem. */
function prepareCopy(backup: BackupInfo, databaseFile: string): string {
  const copy = preparing(databaseFile);
  removeDatabaseFiles(copy);
  try {
    copyFileSync(backup.file, copy);
    checkDatabaseFile(copy, { maxVersion: LATEST_SCHEMA_VERSION });
    fsyncFile(copy);
    return copy;
  } catch (error) {
    removeDatabaseFiles(copy);
    throw error;
  }
}

/** Gives a file a second name (a hard link; a flushed copy where links are not possible). */
function secondName(file: string, name: string): void {
  try {
    linkSync(file, name);
  } catch {
    copyFileSync(file, name);
    fsyncFile(name);
  }
}

function move(from: string, to: string): void {
  if (existsSync(from)) renameSync(from, to);
}

/**
 * Puts a backup in place of the database (which must be closed). The backup is checked
 * before anything is touched: when restoring "the newest" and it fails the check, the next
 * newest good one is used instead, and the result says which were passed over. The copy is
 * prepared beside the database and swapped in with one rename, so a crash at any moment
 * leaves either the old database or the restored one under the database's name. The
 * replaced file is kept as `<database>.replaced-<time>` (with its -wal/-shm), never deleted.
 */
export function restoreBackup({
  databaseFile,
  backupDir,
  requested,
}: RestoreRequest): RestoreResult {
  const backups = listBackups(backupDir);
  const candidates =
    requested === undefined ? backups : backups.filter((b) => b.file === resolve(requested));
  if (candidates.length === 0) {
    throw new AppError(
      'NOT_FOUND',
      requested === undefined
        ? `There is no backup in ${backupDir}.`
        : `${requested} is not one of the backups in ${backupDir}.`,
    );
  }

  const skipped: RestoreResult['skipped'] = [];
  let chosen: { backup: BackupInfo; copy: string } | null = null;
  for (const backup of candidates) {
    try {
      chosen = { backup, copy: prepareCopy(backup, databaseFile) };
      break;
    } catch (error) {
      if (!(error instanceof DatabaseFileProblem)) throw error;
      skipped.push({ file: backup.file, problem: error.message });
    }
  }
  if (!chosen) {
    const reasons = skipped.map((s) => `${s.file}: ${s.problem}`).join('; ');
    throw new AppError(
      'NOT_FOUND',
      requested === undefined
        ? `No backup in ${backupDir} passed the check (${reasons}). The database was not changed.`
        : `The backup cannot be restored: ${reasons}. The database was not changed.`,
    );
  }

  const keptAs = existsSync(databaseFile)
    ? `${databaseFile}.replaced-${new Date().toISOString().replace(/[-:.]/g, '')}`
    : null;
  if (keptAs) {
    // The old journals go first: left behind, SQLite would replay them into the restored file.
    for (const suffix of JOURNALS) move(databaseFile + suffix, keptAs + suffix);
    // A second name for the old file, so the rename below replaces the database in one step.
    secondName(databaseFile, keptAs);
  }
  renameSync(chosen.copy, databaseFile);
  fsyncFolder(dirname(databaseFile));

  return {
    restored: chosen.backup,
    skipped,
    keptAs,
    putBack() {
      if (!keptAs) return;
      // The journals SQLite made while trying the restored file belong to it, not to the original.
      for (const suffix of JOURNALS) rmSync(databaseFile + suffix, { force: true });
      // The kept name stays too: never delete what the user had.
      removeDatabaseFiles(preparing(databaseFile));
      secondName(keptAs, preparing(databaseFile));
      renameSync(preparing(databaseFile), databaseFile);
      // Journals last: beside the wrong main file SQLite would replay them into it.
      for (const suffix of JOURNALS) move(keptAs + suffix, databaseFile + suffix);
      fsyncFolder(dirname(databaseFile));
    },
  };
}

/**
 * Restores a backup over the closed database and opens it again through `database.reopen`, which
 * answers the problem that kept it from opening, or null. When the restored file fails to open,
 * the replaced database is put back and reopened, and the restore is refused with the reason;
 * when no backup can be restored, the database is reopened as it was. Answers a notice naming
 * the newer backups that failed the check and were passed over.
 */
export async function restoreAndReopen(
  request: RestoreRequest,
  database: { reopen(): Promise<string | null>; close(): void },
): Promise<string | undefined> {
  let restore: RestoreResult;
  try {
    restore = restoreBackup(request);
  } catch (error) {
    await database.reopen(); // nothing was swapped
    throw error;
  }
  const problem = await database.reopen();
  if (problem !== null) {
    database.close();
    restore.putBack();
    await database.reopen();
    throw new AppError(
      'NEEDS_RECOVERY',
      `The backup ${restore.restored.file} could not be opened (${problem}). The database was put back as it was.`,
    );
  }
  if (!restore.skipped.length) return undefined;
  const notice = `Restored ${restore.restored.file}. Newer backups failed the check and were passed over: ${restore.skipped.map((x) => `${x.file} (${x.problem})`).join('; ')}.`;
  console.warn(`[restore] ${notice}`);
  return notice;
}
