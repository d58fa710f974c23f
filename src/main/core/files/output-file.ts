import { accessSync, constants, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, normalize } from 'node:path';
import { AppError } from '../../../shared/api/envelope';

/**
 * Checks a path the user chose for an export: absolute, no ".." segments, an allowed extension,
 * and a folder that exists and can be written to. Returns the normalised path.
 */
export function checkOutputPath(path: string, extensions: readonly string[]): string {
  if (!isAbsolute(path))
    throw new AppError('VALIDATION', `The export path must be absolute (got "${path}").`);
  if (path.split(/[\\/]/).includes('..'))
    throw new AppError('VALIDATION', `The export path may not contain "..": ${path}.`);
  const file = normalize(path);
  if (!extensions.includes(extname(file).toLowerCase())) {
    throw new AppError('VALIDATION', `${basename(file)} must end in ${extensions.join(' or ')}.`);
  }
  const folder = dirname(file);
  let isFolder: boolean;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    throw new AppError('NOT_FOUND', `The folder ${folder} does not exist.`);
  }
  if (!isFolder) throw new AppError('VALIDATION', `${folder} is not a folder.`);
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new AppError('VALIDATION', `The folder ${folder} is read-only; choose another one.`);
  }
  try {
    if (statSync(file).isDirectory())
      throw new AppError('VALIDATION', `${file} is a folder, not a file name.`);
  } catch (error) {
    if (error instanceof AppError) throw error;
  }
  return file;
}

/** Writes beside the target and renames, so a crash never leaves half a file under the chosen name. */
export function writeFileAtomic(file: string, content: string | Uint8Array): number {
  const temporary = `${file}.${process.pid}.partial`;
  writeFileSync(temporary, content);
  renameSync(temporary, file);
  return statSync(file).size;
}
