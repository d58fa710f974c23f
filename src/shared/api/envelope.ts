export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'UNKNOWN_METHOD',
  'UNAUTHORIZED',
  'NEEDS_RECOVERY',
  'CONFLICT',
  /** The disk refused a write: read-only, full or failing. */
  'STORAGE',
  /** A server this machine talks to (the regional hub) could not be reached or failed. */
  'UNAVAILABLE',
  'INTERNAL',
  /** A long job was cancelled by the user (jobs.cancel); a writing job left the data as it was. */
  'CANCELLED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The only shape an error takes when it crosses a process or the network: no stacks. */
export interface ApiError {
  code: ErrorCode;
  message: string;
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** Thrown by services for failures the user should read; anything else becomes INTERNAL. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
