// Calls whose input arrives as JSON text, as the browser-mode server receives them.
import { Worker } from 'node:worker_threads';
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

// Reads and parses the file in a thread of its own, which ends with it: the file's bytes and text
// go with that thread, and only the parsed value is copied here. The text is taken as
// dispatchJson takes it (empty: no fields).
const PARSE_IN_THREAD = `(() => {
  const { parentPort, workerData } = require('node:worker_threads');
  const { readFileSync } = require('node:fs');
  let text;
  try { text = readFileSync(workerData, 'utf8'); }
  catch (error) { parentPort.postMessage({ unread: error.message }); return; }
  try { parentPort.postMessage({ input: text.trim() === '' ? {} : JSON.parse(text) }); }
  catch { parentPort.postMessage({ notJson: true }); }
})()`;

type Parsed = { input: unknown } | { unread: string } | { notJson: true };

function parseInThread(file: string): Promise<Parsed> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(PARSE_IN_THREAD, { eval: true, workerData: file });
    worker.once('message', (parsed: Parsed) => {
      resolve(parsed);
      void worker.terminate();
    });
    worker.once('error', reject);
    // Settles a thread that ended without a word (the first settling wins).
    worker.once('exit', () => resolve({ unread: 'the thread reading it stopped' }));
  });
}

/**
 * The same for a body written to a file as it arrived (server/request-body.ts). It is read and
 * parsed off the thread that serves the UI, and off this one: an 89 MB body read and parsed on
 * the serving thread held it ~250 ms, and its copies lingered in that thread's heap.
 */
export async function dispatchJsonFile(
  dispatch: Dispatch,
  method: string,
  file: string,
): Promise<Envelope<unknown>> {
  let parsed: Parsed;
  try {
    parsed = await parseInThread(file);
  } catch (error) {
    parsed = { unread: (error as Error).message };
  }
  if ('unread' in parsed)
    return refusal('INTERNAL', `The request body could not be read back: ${parsed.unread}`);
  if ('notJson' in parsed) return refusal('VALIDATION', 'The request body must be JSON.');
  return dispatch(method, parsed.input);
}
