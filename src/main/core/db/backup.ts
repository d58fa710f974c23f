import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo } from '../../../shared/domain/system';
import type { Db } from './connection';

const BACKUP_FILE = /^workbench-(\d{8}T\d{9}Z)-[a-z0-9-]+\.sqlite$/;

export interface BackupProgress {
  current: number;
  total: number;
}

function stamp(date: Date): string {
  // 2026-11-25T19:16:18.123Z → 20261125T191618123Z: sorts by time and is safe in any file system.
  return date.toISOString().replace(/[-:.]/g, '');
}

/**
 * Copies the live database with SQLite's online backup API, so readers and the writer
 * keep going while it runs. Returns once the copy is complete and closed.
 */
export async function createBackup(
  db: Db,
  backupDir: string,
  label: string,
  onProgress?: (progress: BackupProgress) => void,
): Promise<BackupInfo> {
  mkdirSync(backupDir, { recursive: true });
  const now = new Date();
  const file = join(backupDir, `workbench-${stamp(now)}-${label}.sqlite`);
  await db.backup(file, {
    progress({ totalPages, remainingPages }) {
      onProgress?.({ current: totalPages - remainingPages, total: totalPages });
      return 200; // pages per step: small steps keep other work responsive
    },
  });
  return { file, createdAt: now.toISOString(), bytes: statSync(file).size };
}

/** Backups in the folder, newest first. */
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
    .map((name) => {
      const file = join(backupDir, name);
      const stats = statSync(file);
      return { file, createdAt: stats.mtime.toISOString(), bytes: stats.size };
    });
}
