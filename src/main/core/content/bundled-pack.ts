import { join } from 'node:path';
import type { Db } from '../db/connection';
import { installPack } from './install-pack';
import { readPackDirectory } from './pack-files';

/** On first open (no primary pack yet), installs the convention pack shipped with the app. */
/** The publisher key id recorded for it: its updates must carry that publisher's signature. */
export function ensureBundledPack(
  db: Db,
  resourcesDir: string,
  packId: string,
  publisher: string,
): void {
  if (db.prepare('SELECT 1 FROM packs WHERE is_primary = 1').get()) return;
  installPack(db, readPackDirectory(join(resourcesDir, 'packs', packId)), {
    primary: true,
    source: 'bundled',
    publisher,
  });
}
