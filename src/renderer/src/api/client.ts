import type { ApiBridge } from '@shared/api/bridge';
import type { Input, Output } from '@shared/api/contract';
import type { ApiError, Envelope } from '@shared/api/envelope';
import type { MethodName } from '@shared/api/methods';
import {
  answerKey,
  carriedAnswers,
  carriedData,
  type CarriedAnswers,
  type FirstAnswer,
} from '@shared/api/first-answers';
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

let made: ApiBridge | undefined;
/** Made on first use, not on import: the server renders the first screen with these modules. */
const madeBridge = () =>
  (made ??=
    window.api ??
    createHttpBridge(takeToken(window.location, window.history, window.sessionStorage)));

export const bridge: ApiBridge = {
  call: (method, input) => madeBridge().call(method, input),
  onEvent: (listener) => madeBridge().onEvent(listener),
};

const early = new Map<string, ReturnType<ApiBridge['call']>>();

/** Answers the page arrived with, until a call or the first screen's stores take them. */
const carried: CarriedAnswers = new Map();

/**
 * Starts the page's side of the API: the bridge is made (in browser mode that takes the token
 * off the address) and the answers the page carries are taken. Browser mode: the page opened
 * with the token carries the first screen's answers (src/main/server/first-answers.ts); each
 * is taken like a prefetched one, once, by the same call, or by the first screen's stores
 * (takeCarried).
 */
export function startClient(): void {
  madeBridge();
  const element = document.getElementById('first-answers');
  if (!element?.textContent) return;
  element.remove();
  try {
    for (const [key, answer] of carriedAnswers(JSON.parse(element.textContent) as FirstAnswer[])) {
      carried.set(key, answer);
      early.set(key, Promise.resolve(answer as Envelope<never>));
    }
  } catch {
    // A data block that does not parse: the page asks the server, as without one.
  }
}

/**
 * The data of an answer the page carries, taken once as a call would take it: the first
 * screen's stores start from it (first-screen/seed.ts), and a later call asks the server (the
 * counts after an import must not be the ones the page arrived with).
 */
export function takeCarried<M extends MethodName>(
  method: M,
  input: Input<M>,
): Output<M> | undefined {
  const key = answerKey(method, input);
  if (!carried.has(key)) return undefined;
  const data = carriedData(carried, method, input);
  carried.delete(key);
  early.delete(key);
  return data;
}

/**
 * Sends a call the first screen is about to make before React has rendered, so its answer is
 * already on the way; the first call() with the same method and input takes it over.
 */
export function prefetch<M extends MethodName>(
  method: M,
  input: Input<M>,
): Promise<Envelope<Output<M>>> {
  const key = answerKey(method, input);
  const pending = early.get(key) ?? bridge.call(method, input);
  early.set(key, pending);
  return pending as Promise<Envelope<Output<M>>>;
}

/** Calls a method and returns its data, or throws ApiCallError with the server's message. */
export async function call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
  const key = answerKey(method, input);
  const pending = early.get(key);
  early.delete(key);
  // A prefetched answer is for this same method, so its data has this method's output type.
  const answer = (await (pending ?? bridge.call(method, input))) as Envelope<Output<M>>;
  if (!answer.ok) throw new ApiCallError(answer.error);
  return answer.data;
}
