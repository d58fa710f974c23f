import { gzipSync } from 'node:zlib';
import type { FetchLike } from '../../../shared/sync/hub-client';

/**
 * A kept-alive connection the hub (or a proxy) has just closed fails the next request at once
 * with a reset. Every hub request is safe to repeat (a push is idempotent by change id, a pull
 * by sequence), so such a failure is tried once more on a fresh connection.
 */
const STALE_CONNECTION = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']);

function causeCode(error: unknown): string | undefined {
  return (error as { cause?: { code?: string } } | null)?.cause?.code;
}

/**
 * The hub client's HTTP over Node's fetch: request bodies gzipped (a push is mostly repeated
 * ids and field names), answers decompressed by fetch itself. Only the configured hub's
 * address is ever asked.
 */
export function gzipFetch(base: typeof fetch = fetch): FetchLike {
  return async (url, init) => {
    const body = init.body === undefined ? undefined : gzipSync(init.body);
    const send = () =>
      base(url, {
        method: init.method,
        headers: body ? { ...init.headers, 'content-encoding': 'gzip' } : init.headers,
        ...(body ? { body } : {}),
      });
    let response: Response;
    try {
      response = await send();
    } catch (error) {
      if (!STALE_CONNECTION.has(causeCode(error) ?? '')) throw error;
      response = await send();
    }
    return { status: response.status, json: () => response.json() as Promise<unknown> };
  };
}
