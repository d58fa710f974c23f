import { AppError } from '../../../shared/api/envelope';

/** Why the disk refused: it may not be written here, or it is full or failing. */
export type StorageReason = 'read-only' | 'storage';

// SQLITE_CANTOPEN: all SQLite says when it may not create a file (a backup, a journal) or read one.
const READ_ONLY = new Set(['EACCES', 'EPERM', 'EROFS', 'SQLITE_CANTOPEN']);
const FULL_OR_FAILING = new Set(['ENOSPC', 'EDQUOT', 'EIO', 'SQLITE_FULL']);

/** The storage reason behind a Node or SQLite error, or null for any other error. */
export function storageReason(error: unknown): StorageReason | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (READ_ONLY.has(code) || code.startsWith('SQLITE_READONLY')) return 'read-only';
  if (FULL_OR_FAILING.has(code) || code.startsWith('SQLITE_IOERR')) return 'storage';
  return null;
}

/** What the user can do about it, naming the folder. */
export function storageAdvice(reason: StorageReason, folder: string): string {
  return reason === 'read-only'
    ? `Convention Workbench cannot write to ${folder}: the folder or the database in it is read-only for your account. Give your account write access to that folder (or start the app with another data folder), then start it again.`
    : `The disk holding ${folder} is full or failing. Free some space on it (or move the data folder to another disk), then try again.`;
}

/**
 * A failed write turned into an answer the user can act on; null when the error is not a
 * storage failure. The error's own text is not repeated: it may quote paths or bytes.
 */
export function storageFailure(error: unknown, folder: string): AppError | null {
  const reason = storageReason(error);
  if (!reason) return null;
  const code = (error as { code: string }).code;
  return new AppError('STORAGE', `Nothing was saved (${code}). ${storageAdvice(reason, folder)}`);
}
