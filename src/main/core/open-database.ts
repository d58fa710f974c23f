import { ensureBundledPack } from './content/bundled-pack';
import { ensureBundledTranslations } from './content/bundled-translations';
import { removeUnfinishedBackups } from './db/backup';
import { openConnectionChecked, type Db, type OpenOptions } from './db/connection';
import { migrate } from './db/migrate';
import { removeUnfinishedRestore } from './db/restore';

export interface OpenDatabaseOptions extends OpenOptions {
  /** The folder holding packs/<id>/ as shipped with the app. */
  resourcesDir: string;
  bundledPackId: string;
  /** The key of the bundled pack's publisher, the only one that may sign its updates. */
  bundledKeyId: string;
  /** integrity_check's verdict from another thread (host/integrity-ahead.ts), if it ran. */
  soundElsewhere?: Promise<boolean> | undefined;
}

/**
 * Opens the workbench's database: checked, cleared of what a crash left half done (a backup, a
 * restore), migrated, and holding the bundled pack and translations. On an error the connection
 * is closed before the error goes on.
 */
export async function openDatabase(
  files: { databaseFile: string; backupDir: string },
  options: OpenDatabaseOptions,
): Promise<Db> {
  const db = await openConnectionChecked(files.databaseFile, options, options.soundElsewhere);
  try {
    removeUnfinishedBackups(files.backupDir);
    removeUnfinishedRestore(files.databaseFile);
    await migrate(db, files.backupDir);
    await ensureBundledPack(db, options.resourcesDir, options.bundledPackId, options.bundledKeyId);
    await ensureBundledTranslations(db, options.resourcesDir);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
