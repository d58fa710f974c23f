import type { ApiBridge } from '../../../shared/api/bridge';
import type { Input, Output } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/envelope';
import type { MethodName } from '../../../shared/api/methods';
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

/** Calls a method and returns its data, or throws ApiCallError with the server's message. */
export async function call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
  const answer = await bridge.call(method, input);
  if (!answer.ok) throw new ApiCallError(answer.error);
  return answer.data;
}
