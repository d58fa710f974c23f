import type { Input, Output } from './contract';
import type { Envelope } from './envelope';
import type { MethodName } from './methods';

/**
 * One call the first screen makes and its answer, as the browser-mode page carries it
 * (src/main/server/first-answers.ts writes them, the renderer's api/client.ts takes them).
 */
export interface FirstAnswer {
  method: string;
  input: Record<string, unknown>;
  answer: Envelope<unknown>;
}

/** The carried answers by call; a call is its method and its input as JSON. */
export type CarriedAnswers = Map<string, Envelope<unknown>>;

export const answerKey = (method: string, input: unknown): string =>
  `${method} ${JSON.stringify(input)}`;

export function carriedAnswers(answers: FirstAnswer[]): CarriedAnswers {
  return new Map(answers.map(({ method, input, answer }) => [answerKey(method, input), answer]));
}

/** The data of a carried successful answer to this call, if the page carries one. */
export function carriedData<M extends MethodName>(
  carried: CarriedAnswers,
  method: M,
  input: Input<M>,
): Output<M> | undefined {
  const answer = carried.get(answerKey(method, input));
  // The server answered this same method, so its data has this method's output type.
  return answer?.ok ? (answer.data as Output<M>) : undefined;
}

/** The library screen rendered by the browser-mode server, and the language it is in. */
export interface FirstScreen {
  html: string;
  language: string;
  dir: 'ltr' | 'rtl';
}
