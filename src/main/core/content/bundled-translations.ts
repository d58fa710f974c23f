import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../db/connection';

/** Newer of two "1.2.3" versions, without loading the pack installer just to compare. */
function isNewer(a: string, b: string): boolean {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) > (pb[i] ?? 0);
  return false;
}

/**
 * Installs the translation packs shipped with the app (resources/packs/*, those whose manifest
 * names translationOf) of every installed base pack: on first open, after an upgrade that ships
 * a newer version, and never again otherwise. Only the manifests' JSON is read when nothing is
 * new; the schema, reader and installer load only when something is installed.
 */
export async function ensureBundledTranslations(db: Db, resourcesDir: string): Promise<void> {
  const packsDir = join(resourcesDir, 'packs');
  if (!existsSync(packsDir)) return;
  const installedBase = db.prepare<[string], string>('SELECT id FROM packs WHERE id = ?').pluck();
  const installedTranslation = db
    .prepare<[string, string], string>(
      'SELECT version FROM translation_packs WHERE base_pack_id = ? AND language = ?',
    )
    .pluck();
  for (const name of readdirSync(packsDir).sort()) {
    const folder = join(packsDir, name);
    const manifestFile = join(folder, 'manifest.json');
    if (!existsSync(manifestFile)) continue;
    // A damaged manifest is reported with its file name by the reader below.
    let manifest: { version?: string; language?: string; translationOf?: { id?: string } };
    try {
      manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as typeof manifest;
    } catch {
      manifest = { translationOf: {} };
    }
    const baseId = manifest.translationOf?.id;
    if (manifest.translationOf === undefined) continue;
    if (baseId && !installedBase.get(baseId)) continue;
    const version =
      baseId && manifest.language && installedTranslation.get(baseId, manifest.language);
    if (version && manifest.version && !isNewer(manifest.version, version)) continue;
    const [{ readTranslationDirectory }, { installTranslation }, { createPackRepository }] =
      await Promise.all([
        import('./translation-files'),
        import('./install-translation'),
        import('./pack-repository'),
      ]);
    const translation = readTranslationDirectory(folder);
    const base = createPackRepository(db, (keyId) => keyId).read(
      translation.manifest.translationOf.id,
    );
    installTranslation(db, translation, base, 'bundled', folder);
  }
}
