import { readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute } from 'node:path';
import { AppError } from '../../../shared/api/envelope';

/** A file named by absolute path (API, desktop dialog) or sent as bytes by the UI's file picker. */
export type FileSource = { path: string } | { fileName: string; contentBase64: string };

const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export function loadInputFile(source: FileSource): { name: string; bytes: Buffer } {
  if ('contentBase64' in source) {
    return { name: basename(source.fileName), bytes: Buffer.from(source.contentBase64, 'base64') };
  }
  if (!isAbsolute(source.path)) {
    throw new AppError('VALIDATION', `The path must be absolute (got "${source.path}").`);
  }
  let size: number;
  try {
    size = statSync(source.path).size;
  } catch {
    throw new AppError('NOT_FOUND', `There is no file ${source.path}.`);
  }
  if (size > MAX_INPUT_BYTES) {
    throw new AppError('VALIDATION', `${basename(source.path)} is larger than 64 MB.`);
  }
  return { name: basename(source.path), bytes: readFileSync(source.path) };
}
