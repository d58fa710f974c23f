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
const keyOf = (method: string, input: unknown) => `${method} ${JSON.stringify(input)}`;

/**
 * Browser mode: the page opened with the token arrives carrying the first screen's answers
 * (src/main/server/first-answers.ts), taken like prefetched ones: each once, by the same call.
 */
function takeFirstAnswers(): void {
  const element = document.getElementById('first-answers');
  if (!element?.textContent) return;
  element.remove();
  try {
    const answers = JSON.parse(element.textContent) as {
      method: string;
      input: unknown;
      answer: Envelope<never>;
    }[];
    for (const { method, input, answer } of answers)
      early.set(keyOf(method, input), Promise.resolve(answer));
  } catch {
    // A page whose data block does not parse simply asks the server, as without one.
  }
}
takeFirstAnswers();

/**
 * Sends a call the first screen is about to make before React has rendered, so its answer is
 * already on the way; the first call() with the same method and input takes it over.
 */
export function prefetch<M extends MethodName>(
  method: M,
  input: Input<M>,
): Promise<Envelope<Output<M>>> {
  const key = keyOf(method, input);
  const pending = early.get(key) ?? bridge.call(method, input);
  early.set(key, pending);
  return pending as Promise<Envelope<Output<M>>>;
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
