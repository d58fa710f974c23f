import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo } from '../../../shared/domain/system';
import type { Db } from './connection';
import { AppError } from '../../../shared/api/envelope';
import {
  checkDatabaseFile,
  DatabaseFileProblem,
  fsyncFile,
  fsyncFolder,
  hasDatabaseHeader,
  removeDatabaseFiles,
} from './db-file';

const BACKUP_FILE = /^workbench-(\d{8}T\d{9}Z)-[a-z0-9-]+\.sqlite$/;
/** Where a backup is written until it has been checked: hidden, and never matched by BACKUP_FILE. */
const UNFINISHED_FILE = /^\.workbench-.+\.sqlite\.partial(-wal|-shm|-journal)?$/;

export interface BackupProgress {
  current: number;
  total: number;
}

function stamp(date: Date): string {
  // 2026-11-25T19:16:18.123Z → 20261125T191618123Z: sorts by time and is safe in any file system.
  return date.toISOString().replace(/[-:.]/g, '');
}

/**
 * Copies the live database with SQLite's online backup API, so readers and the writer keep
 * going while it runs. The copy is written under a hidden temporary name, proven whole
 * (integrity_check, same schema version), flushed to disk, and only then renamed to its
 * backup name: a crash at any moment leaves either no new backup or a complete one.
 */
export async function createBackup(
  db: Db,
  backupDir: string,
  label: string,
  onProgress?: (progress: BackupProgress) => void,
): Promise<BackupInfo> {
  mkdirSync(backupDir, { recursive: true });
  const now = new Date();
  const name = `workbench-${stamp(now)}-${label}.sqlite`;
  const file = join(backupDir, name);
  const partial = join(backupDir, `.${name}.partial`);
  const version = db.pragma('user_version', { simple: true }) as number;
  try {
    await db.backup(partial, {
      progress({ totalPages, remainingPages }) {
        onProgress?.({ current: totalPages - remainingPages, total: totalPages });
        return 200; // pages per step: small steps keep other work responsive
      },
    });
    const checked = checkDatabaseFile(partial, { maxVersion: version, selfContained: true });
    if (checked.version !== version) {
      throw new DatabaseFileProblem(
        `the copy is at schema ${checked.version}, the database at ${version}`,
      );
    }
    fsyncFile(partial);
    renameSync(partial, file);
    fsyncFolder(backupDir);
  } catch (error) {
    removeDatabaseFiles(partial);
    if (error instanceof DatabaseFileProblem) {
      throw new AppError(
        'INTERNAL',
        `The backup was not kept because its copy failed the check: ${error.message}. Nothing was added to ${backupDir}.`,
      );
    }
    throw error;
  }
  return { file, createdAt: now.toISOString(), bytes: statSync(file).size };
}

/** Removes what a backup interrupted by a crash left behind; they were never complete backups. */
export function removeUnfinishedBackups(backupDir: string): void {
  let names: string[];
  try {
    names = readdirSync(backupDir);
  } catch {
    return;
  }
  for (const name of names) {
    if (UNFINISHED_FILE.test(name)) rmSync(join(backupDir, name), { force: true });
  }
}

/**
 * Backups in the folder, newest first. Only files that start like a SQLite database are
 * listed; restoring checks the chosen one fully.
 */
export function listBackups(backupDir: string): BackupInfo[] {
  let names: string[];
  try {
    names = readdirSync(backupDir);
  } catch {
    return [];
  }
  return names
    .filter((name) => BACKUP_FILE.test(name))
    .sort()
    .reverse()
    .map((name) => join(backupDir, name))
    .filter(hasDatabaseHeader)
    .map((file) => {
      const stats = statSync(file);
      return { file, createdAt: stats.mtime.toISOString(), bytes: stats.size };
    });
}
