import { createHash } from 'node:crypto';
import {
  PACK_FILE_FORMAT,
  translationPack,
  type TranslationPack,
} from '../../../shared/content/pack';
import { AppError } from '../../../shared/api/envelope';
import { parseWith } from './pack-files';

/**
 * A translation pack as one file: the pack export format (format, formatVersion, contentHash)
 * around a translation pack, recognised by its manifest's translationOf.
 */
export interface TranslationPackFile extends TranslationPack {
  format: typeof PACK_FILE_FORMAT;
  formatVersion: 1;
  contentHash: string;
}

const hashOf = (t: TranslationPack) => createHash('sha256').update(JSON.stringify(t)).digest('hex');

export function isTranslationPackFile(value: unknown): boolean {
  const manifest = (value as { manifest?: { translationOf?: unknown } } | null)?.manifest;
  return typeof manifest === 'object' && manifest !== null && manifest.translationOf !== undefined;
}

export function toTranslationPackFile(t: TranslationPack): TranslationPackFile {
  const parsed = translationPack.parse(t);
  return { format: PACK_FILE_FORMAT, formatVersion: 1, contentHash: hashOf(parsed), ...parsed };
}

/** Checks the format and the hash, then the translation schema (naming file, item and field). */
export function parseTranslationPackFile(value: unknown, name: string): TranslationPack {
  const { format, formatVersion, contentHash, ...rest } = value as Record<string, unknown>;
  if (format !== PACK_FILE_FORMAT || formatVersion !== 1)
    throw new AppError(
      'VALIDATION',
      `${name} is not a Convention Workbench translation pack (its "format" is not "${PACK_FILE_FORMAT}", version 1).`,
    );
  const parsed = parseWith(name, translationPack, rest);
  if (contentHash !== hashOf(parsed))
    throw new AppError(
      'VALIDATION',
      `${name}: its content does not match its contentHash; the file was edited or damaged after export.`,
    );
  return parsed;
}
