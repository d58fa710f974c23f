import { gzipSync } from 'node:zlib';
import type { FetchLike } from '../../../shared/sync/hub-client';

/**
 * The hub client's HTTP over Node's fetch: request bodies gzipped (a push is mostly repeated
 * ids and field names), answers decompressed by fetch itself. Only the configured hub's
 * address is ever asked.
 */
export function gzipFetch(base: typeof fetch = fetch): FetchLike {
  return async (url, init) => {
    const body = init.body === undefined ? undefined : gzipSync(init.body);
    const response = await base(url, {
      method: init.method,
      headers: body ? { ...init.headers, 'content-encoding': 'gzip' } : init.headers,
      ...(body ? { body } : {}),
    });
    return { status: response.status, json: () => response.json() as Promise<unknown> };
  };
}
