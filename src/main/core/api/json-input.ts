// Calls whose input arrives as JSON text, as the browser-mode server receives them.
import { readFile } from 'node:fs/promises';
import type { Envelope } from '../../../shared/api/envelope';
import type { Dispatch } from './dispatch';

const refusal = (code: 'VALIDATION' | 'INTERNAL', message: string): Envelope<unknown> => ({
  ok: false,
  error: { code, message },
});

/** Answers a call whose input is JSON text; an empty text is a call without fields. */
export function dispatchJson(
  dispatch: Dispatch,
  method: string,
  text: string,
): Promise<Envelope<unknown>> {
  let input: unknown;
  try {
    input = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    return Promise.resolve(refusal('VALIDATION', 'The request body must be JSON.'));
  }
  return dispatch(method, input);
}

/**
 * The same for a body written to a file as it arrived (server/request-body.ts). It is read and
 * parsed where the call is answered, on the core thread: an 89 MB body read and parsed on the
 * serving thread held it ~250 ms, with three copies of the body in its heap.
 */
export async function dispatchJsonFile(
  dispatch: Dispatch,
  method: string,
  file: string,
): Promise<Envelope<unknown>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return refusal(
      'INTERNAL',
      `The request body could not be read back: ${(error as Error).message}`,
    );
  }
  return dispatchJson(dispatch, method, text);
}
