import { join } from 'node:path';
import type { Db } from '../db/connection';

/**
 * On first open (no primary pack yet), installs the convention pack shipped with the app.
 * The publisher key id recorded for it: its updates must carry that publisher's signature.
 * The pack reader and installer (and the pack schema's zod) load only when a pack is installed,
 * not on every start.
 */
export async function ensureBundledPack(
  db: Db,
  resourcesDir: string,
  packId: string,
  publisher: string,
): Promise<void> {
  if (db.prepare('SELECT 1 FROM packs WHERE is_primary = 1').get()) return;
  const [{ installPack }, { readPackDirectory }] = await Promise.all([
    import('./install-pack'),
    import('./pack-files'),
  ]);
  installPack(db, readPackDirectory(join(resourcesDir, 'packs', packId)), {
    primary: true,
    source: 'bundled',
    publisher,
  });
}
