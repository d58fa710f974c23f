import type { z } from 'zod';
import type { ChangeDraft } from './change';
import {
  conflictList,
  decideResult,
  errorBody,
  pullResponse,
  pushResult,
  type ConflictList,
  type DecideRequest,
  type DecideResult,
} from './protocol';
import type { SyncTransport } from './sync-loop';

/** The slice of `fetch` the client needs, so shared code names no DOM or Node type. */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
) => Promise<{ status: number; json(): Promise<unknown> }>;

export class HubRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A device's view of the hub: every answer checked against the protocol before use. */
export function hubClient(baseUrl: string, token: string, fetchLike: FetchLike) {
  async function call<T extends z.ZodType>(
    method: string,
    path: string,
    schema: T,
    body?: unknown,
  ): Promise<z.infer<T>> {
    const response = await fetchLike(`${baseUrl.replace(/\/$/, '')}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        'accept-encoding': 'gzip',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json = await response.json().catch(() => null);
    if (response.status !== 200) {
      const error = errorBody.safeParse(json);
      throw new HubRequestError(
        response.status,
        error.success ? error.data.error.code : 'HTTP',
        error.success ? error.data.error.message : `The hub answered ${response.status}.`,
      );
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success)
      throw new HubRequestError(
        response.status,
        'PROTOCOL',
        'The hub answered something this version does not understand.',
      );
    return parsed.data;
  }

  return {
    push: (changes: ChangeDraft[]) => call('POST', '/sync/push', pushResult, { changes }),
    pull: (since: number, limit: number) =>
      call('GET', `/sync/pull?since=${since}&limit=${limit}`, pullResponse),
    conflicts: (): Promise<ConflictList> => call('GET', '/sync/conflicts', conflictList),
    decide: (decision: DecideRequest): Promise<DecideResult> =>
      call('POST', '/sync/decide', decideResult, decision),
  } satisfies SyncTransport & Record<string, unknown>;
}
