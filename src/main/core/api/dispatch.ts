import type { z } from 'zod';
import { contract, type Output, type ParsedInput } from '../../../shared/api/contract';
import { AppError, type Envelope } from '../../../shared/api/envelope';
import { isMethodName, type MethodName } from '../../../shared/api/methods';
import { storageFailure } from '../db/storage-errors';

export type Handlers = {
  [M in MethodName]: (input: ParsedInput<M>) => Output<M> | Promise<Output<M>>;
};

export type Dispatch = (method: string, input: unknown) => Promise<Envelope<unknown>>;

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'input'}: ${issue.message}`)
    .join('; ');
}

/**
 * The door every transport goes through: unknown methods and bad input are refused with an
 * envelope, handlers' answers are checked against the contract, and only AppError messages
 * reach the caller — a disk that refuses a write becomes STORAGE with what to do, anything
 * else unexpected becomes INTERNAL with no stack.
 */
export function createDispatch(
  handlers: Handlers,
  guard: (method: MethodName) => AppError | null,
  log: (message: string, error: unknown) => void = console.error,
  /** The data folder, named when the disk refuses a write. */
  dataFolder = 'the data folder',
): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) {
      return {
        ok: false,
        error: {
          code: 'UNKNOWN_METHOD',
          message: `There is no API method "${String(method).slice(0, 80)}".`,
        },
      };
    }
    const spec = contract[method];
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'VALIDATION', message: `${method}: ${describeIssues(parsed.error)}` },
      };
    }
    const refused = guard(method);
    if (refused) return { ok: false, error: { code: refused.code, message: refused.message } };
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      const data = spec.output.parse(await handler(parsed.data));
      return { ok: true, data };
    } catch (error) {
      if (error instanceof AppError)
        return { ok: false, error: { code: error.code, message: error.message } };
      const storage = storageFailure(error, dataFolder);
      if (storage) {
        log(`[api] ${method}: ${storage.message}`, (error as Error).message);
        return { ok: false, error: { code: storage.code, message: storage.message } };
      }
      log(`[api] ${method} failed`, error);
      return {
        ok: false,
        error: {
          code: 'INTERNAL',
          message: `${method} failed unexpectedly; the details are in the application log.`,
        },
      };
    }
  };
}
