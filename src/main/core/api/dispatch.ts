import type { z } from 'zod';
import type { MethodName, Output, ParsedInput } from '../../../shared/api/contract';
import type { ContractPart, MethodSpec } from '../../../shared/api/contracts/common';
import { AppError, type Envelope } from '../../../shared/api/envelope';
import { storageFailure } from '../db/storage-errors';

export type Handlers = {
  [M in MethodName]: (input: ParsedInput<M>) => Output<M> | Promise<Output<M>>;
};

/** One domain's share of the handlers: DomainHandlers<'sessions' | 'people'>. */
export type DomainHandlers<Domain extends string> = Pick<
  Handlers,
  Extract<MethodName, `${Domain}.${string}`>
>;

export interface DispatchOptions {
  /** Which method is refused right now (the database in recovery), and why. */
  guard: (method: MethodName) => AppError | null;
  /**
   * Parse every answer against its output schema: on in development and tests, where a handler
   * drifting from the contract should fail loudly; off in production, where it costs a second
   * walk over every answer (9–15 ms of a 12–21 ms `assessments.get`).
   */
  checkOutput: boolean;
  log?: (message: string, error: unknown) => void;
  /** The data folder, named when the disk refuses a write. */
  dataFolder?: string;
}

/** WORKBENCH_CHECK_OUTPUT=1 (set by the vitest and Playwright configs and `npm run dev`). */
export const checkOutputFromEnv = (): boolean => process.env['WORKBENCH_CHECK_OUTPUT'] === '1';

export type Dispatch = (method: string, input: unknown) => Promise<Envelope<unknown>>;

/** A method the dispatch can serve: its contract entry and its handler. */
export interface ResolvedMethod {
  spec: MethodSpec;
  handler: (input: unknown) => unknown;
}

/**
 * Finds a method by name, loading what it needs on the way (api/domains.ts); undefined for a
 * name outside the contract.
 */
export type MethodLookup = (
  method: string,
) => ResolvedMethod | undefined | Promise<ResolvedMethod | undefined>;

/** The method in one contract part and its handlers, if both have it (own keys only). */
export function methodIn(
  part: ContractPart,
  handlers: Partial<Handlers>,
  method: string,
): ResolvedMethod | undefined {
  if (!Object.hasOwn(part, method) || !Object.hasOwn(handlers, method)) return undefined;
  return {
    spec: part[method]!,
    handler: handlers[method as MethodName] as (input: unknown) => unknown,
  };
}

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'input'}: ${issue.message}`)
    .join('; ');
}

/**
 * The door every transport goes through: unknown methods and bad input are refused with an
 * envelope, handlers' answers are checked against the contract (when asked), and only AppError
 * messages reach the caller — a disk that refuses a write becomes STORAGE with what to do,
 * anything else unexpected becomes INTERNAL with no stack.
 */
export function createDispatch(
  lookup: MethodLookup,
  { guard, checkOutput, log = console.error, dataFolder = 'the data folder' }: DispatchOptions,
): Dispatch {
  const internal = (method: string): Envelope<unknown> => ({
    ok: false,
    error: {
      code: 'INTERNAL',
      message: `${method} failed unexpectedly; the details are in the application log.`,
    },
  });
  return async (method, input) => {
    let found: ResolvedMethod | undefined;
    try {
      found = typeof method === 'string' ? await lookup(method) : undefined;
    } catch (error) {
      log(`[api] ${method}: its handlers could not be loaded`, error);
      return internal(method);
    }
    if (!found) {
      return {
        ok: false,
        error: {
          code: 'UNKNOWN_METHOD',
          message: `There is no API method "${String(method).slice(0, 80)}".`,
        },
      };
    }
    const { spec, handler } = found;
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'VALIDATION', message: `${method}: ${describeIssues(parsed.error)}` },
      };
    }
    const refused = guard(method as MethodName);
    if (refused) return { ok: false, error: { code: refused.code, message: refused.message } };
    try {
      const answer = await handler(parsed.data);
      const data = checkOutput ? spec.output.parse(answer) : answer;
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
      return internal(method);
    }
  };
}
