import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { basename, isAbsolute } from 'node:path';
import { AppError } from '../../../shared/api/envelope';

/** A file named by absolute path (API, desktop dialog) or sent as bytes by the UI's file picker. */
export type FileSource = { path: string } | { fileName: string; contentBase64: string };

const MB = 1024 * 1024;

/** What a file is read as, and the most it may weigh: far above any real one, far below memory. */
export const INPUT_LIMITS = {
  pack: { label: 'a content pack', bytes: 64 * MB },
  checklist: { label: 'a checklist file', bytes: 32 * MB },
  'question-sheet': { label: 'a question spreadsheet', bytes: 16 * MB },
  register: { label: 'a register sheet', bytes: 16 * MB },
} as const;

export type InputKind = keyof typeof INPUT_LIMITS;

const CHUNK_BYTES = 1 * MB;

function tooLarge(name: string, kind: InputKind): AppError {
  const { label, bytes } = INPUT_LIMITS[kind];
  return new AppError(
    'VALIDATION',
    `${name} is larger than ${bytes / MB} MB, the most ${label} may be.`,
  );
}

function notARegularFile(name: string, stats: Stats): AppError | null {
  if (stats.isFile()) return null;
  const what = stats.isDirectory()
    ? 'a folder'
    : stats.isFIFO()
      ? 'a pipe'
      : stats.isSocket()
        ? 'a socket'
        : stats.isCharacterDevice() || stats.isBlockDevice()
          ? 'a device'
          : 'not a regular file';
  return new AppError('VALIDATION', `${name} is ${what}; choose a file.`);
}

const OPEN_REFUSALS: Record<string, string> = {
  EACCES: 'cannot be read (permission denied)',
  EPERM: 'cannot be read (permission denied)',
  ELOOP: 'is a loop of symbolic links',
  ENOTDIR: 'is not inside a folder',
  ENAMETOOLONG: 'has a name that is too long',
  EISDIR: 'is a folder; choose a file',
};

/**
 * Opens a file the user named, refusing anything but a regular file within the kind's limit
 * (symbolic links are followed, then the target is checked). Opened without blocking so a pipe
 * cannot hang the open, and checked on the open descriptor so it cannot be swapped between
 * check and read. The caller closes the descriptor.
 */
function openRegularFile(path: string, kind: InputKind): { fd: number; name: string } {
  const name = basename(path) || path;
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'ENOENT') throw new AppError('NOT_FOUND', `There is no file ${path}.`);
    const reason = OPEN_REFUSALS[code] ?? `cannot be opened (${code || 'error'})`;
    throw new AppError('VALIDATION', `${path} ${reason}.`);
  }
  try {
    const stats = fstatSync(fd);
    const refusal = notARegularFile(name, stats);
    if (refusal) throw refusal;
    // The size a regular file declares; the count while reading catches files whose declared
    // size is not what they hold (those of /proc, for instance, say 0).
    if (stats.size > INPUT_LIMITS[kind].bytes) throw tooLarge(name, kind);
    return { fd, name };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/**
 * Reads a regular file in chunks that stop one byte past the limit, so an endless device costs
 * one chunk of memory.
 */
function readRegularFile(path: string, kind: InputKind): Buffer {
  const { fd, name } = openRegularFile(path, kind);
  const limit = INPUT_LIMITS[kind].bytes;
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, limit + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      total += read;
      if (total > limit) throw tooLarge(name, kind);
      chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new AppError('VALIDATION', `${path} could not be read (${code}).`);
  } finally {
    closeSync(fd);
  }
}

function checkPath(path: string): void {
  if (path.includes('\0')) throw new AppError('VALIDATION', 'The path contains a NUL character.');
  if (!isAbsolute(path))
    throw new AppError('VALIDATION', `The path must be absolute (got "${path}").`);
}

function checkBase64Size(source: { fileName: string; contentBase64: string }, kind: InputKind) {
  // Checked before decoding: base64 carries 3 bytes in every 4 characters.
  if (Math.floor((source.contentBase64.length * 3) / 4) > INPUT_LIMITS[kind].bytes + 2)
    throw tooLarge(basename(source.fileName), kind);
}

/**
 * What loadInputFile refuses before reading: a bad path, a folder, pipe, device or link to one,
 * a file over the limit. Cheap enough to run before starting a job worker for the import, so a
 * hostile file costs no thread.
 */
export function checkInputFile(source: FileSource, kind: InputKind): void {
  if ('contentBase64' in source) return checkBase64Size(source, kind);
  checkPath(source.path);
  closeSync(openRegularFile(source.path, kind).fd);
}

/** Loads a file for import, by path or as bytes from the file picker, within the kind's limit. */
export function loadInputFile(
  source: FileSource,
  kind: InputKind,
): { name: string; bytes: Buffer } {
  if ('contentBase64' in source) {
    checkBase64Size(source, kind);
    const name = basename(source.fileName);
    const bytes = Buffer.from(source.contentBase64, 'base64');
    if (bytes.length > INPUT_LIMITS[kind].bytes) throw tooLarge(name, kind);
    return { name, bytes };
  }
  checkPath(source.path);
  return { name: basename(source.path), bytes: readRegularFile(source.path, kind) };
}
