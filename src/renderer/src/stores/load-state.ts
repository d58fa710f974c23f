import { ApiCallError } from '../api/client';
import type { ApiError } from '@shared/api/envelope';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Whatever was thrown, as the {code, message} the UI shows. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiCallError) return error.error;
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}
