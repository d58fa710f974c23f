import type { ApiBridge } from '@shared/api/bridge';
import type { Input, Output } from '@shared/api/contract';
import type { ApiError, Envelope } from '@shared/api/envelope';
import type { MethodName } from '@shared/api/methods';
import { createHttpBridge, takeToken } from './http-bridge';

declare global {
  interface Window {
    /** Set by the desktop preload; absent in browser mode. */
    api?: ApiBridge;
  }
}

/** An API failure as the UI shows it: the code for logic, the message for people. */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
  }
}

export const bridge: ApiBridge =
  window.api ?? createHttpBridge(takeToken(window.location, window.history, window.sessionStorage));

const early = new Map<string, ReturnType<ApiBridge['call']>>();
const keyOf = (method: MethodName, input: unknown) => `${method} ${JSON.stringify(input)}`;

/**
 * Sends a call the first screen is about to make before React has rendered, so its answer is
 * already on the way; the first call() with the same method and input takes it over.
 */
export function prefetch<M extends MethodName>(
  method: M,
  input: Input<M>,
): Promise<Envelope<Output<M>>> {
  const pending = bridge.call(method, input);
  early.set(keyOf(method, input), pending);
  return pending;
}

/** Calls a method and returns its data, or throws ApiCallError with the server's message. */
export async function call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
  const key = keyOf(method, input);
  const pending = early.get(key);
  early.delete(key);
  // A prefetched answer is for this same method, so its data has this method's output type.
  const answer = (await (pending ?? bridge.call(method, input))) as Envelope<Output<M>>;
  if (!answer.ok) throw new ApiCallError(answer.error);
  return answer.data;
}
