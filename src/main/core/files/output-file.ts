import {
  accessSync,
  constants,
  lstatSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, extname, isAbsolute, normalize } from 'node:path';
import { AppError } from '../../../shared/api/envelope';

// Most file systems allow 255 bytes in one name; the temporary name must fit as well.
const NAME_MAX_BYTES = 255;

function temporaryName(file: string): string {
  return `${file}.${process.pid}.partial`;
}

function refuse(message: string): never {
  throw new AppError('VALIDATION', message);
}

/** The file's status, or null when there is nothing at that path yet. */
function statusOf(path: string, follow = true) {
  try {
    return follow ? statSync(path) : lstatSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    if (code === 'ENOTDIR') refuse(`${dirname(path)} is not a folder.`);
    if (code === 'ENAMETOOLONG') refuse(`The path ${path} is too long.`);
    if (code === 'EACCES') refuse(`${path} cannot be reached (permission denied).`);
    refuse(`${path} cannot be checked (${code ?? 'error'}).`);
  }
}

/**
 * Checks a path the user chose for an export: absolute, a file name (not a folder) with an
 * allowed extension, in a folder that exists and can be written to, and not an existing file
 * that is read-only. Every refusal says what to change. Returns the normalised path.
 */
export function checkOutputPath(path: string, extensions: readonly string[]): string {
  if (path.includes('\0')) refuse('The export path contains a NUL character.');
  if (!isAbsolute(path)) refuse(`The export path must be absolute (got "${path}").`);
  if (path.split(/[\\/]/).includes('..')) refuse(`The export path may not contain "..": ${path}.`);
  if (/[\\/]$/.test(path)) refuse(`The export path ends in a folder separator; add a file name.`);
  const file = normalize(path);
  const name = basename(file);
  if (!extensions.includes(extname(file).toLowerCase()))
    refuse(`${name} must end in ${extensions.join(' or ')}.`);
  if (Buffer.byteLength(basename(temporaryName(file))) > NAME_MAX_BYTES)
    refuse(`The file name ${name.slice(0, 40)}… is too long; shorten it to under 200 characters.`);
  const folder = dirname(file);
  const folderStatus = statusOf(folder);
  if (!folderStatus) throw new AppError('NOT_FOUND', `The folder ${folder} does not exist.`);
  if (!folderStatus.isDirectory()) refuse(`${folder} is not a folder.`);
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    refuse(`The folder ${folder} is read-only; choose another one.`);
  }
  const existing = statusOf(file);
  if (existing?.isDirectory()) refuse(`${file} is a folder, not a file name.`);
  if (existing && !existing.isFile()) refuse(`${file} is not a regular file; choose another name.`);
  // The owner's write bit, not access(): an administrator may write anything, but a file
  // someone marked read-only should not be replaced behind their back.
  if (existing && (existing.mode & 0o200) === 0)
    refuse(`${file} is read-only; choose another name or make it writable first.`);
  if (statusOf(temporaryName(file), false))
    refuse(
      `${temporaryName(file)} is in the way of writing ${name}; remove it or choose another name.`,
    );
  return file;
}

/** Writes beside the target and renames, so a crash never leaves half a file under the chosen name. */
export function writeFileAtomic(file: string, content: string | Uint8Array): number {
  const temporary = temporaryName(file);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    const reason =
      code === 'ENOSPC' || code === 'EDQUOT'
        ? 'the disk is full'
        : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
          ? 'the folder cannot be written to'
          : code;
    throw new AppError('VALIDATION', `${file} could not be written (${reason}).`);
  }
  return statSync(file).size;
}
