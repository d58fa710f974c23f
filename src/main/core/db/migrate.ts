import { createBackup } from './backup';
import type { Db } from './connection';
import { DatabaseNeedsRecoveryError } from './errors';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations';

export interface MigrationResult {
  from: number;
  to: number;
  backupFile: string | null;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema up to date. A database that already holds data is backed up first;
 * each migration runs in its own transaction together with its user_version bump, so a
 * crash leaves the file at the last version that completed.
 */
export async function migrate(
  db: Db,
  backupDir: string,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<MigrationResult> {
  const from = schemaVersion(db);
  const latest = migrations.at(-1)?.version ?? LATEST_SCHEMA_VERSION;
  if (from > latest) {
    throw new DatabaseNeedsRecoveryError(
      'newer-version',
      `This database was written by a newer version of Convention Workbench (schema ${from}; this version knows up to ${latest}). Update the app, or restore a backup made by this version.`,
    );
  }
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from, backupFile: null };

  const backupFile =
    from > 0 ? (await createBackup(db, backupDir, `before-v${latest}`)).file : null;
  for (const migration of pending) {
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return { from, to: latest, backupFile };
}
