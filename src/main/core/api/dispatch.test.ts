import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/api/contract';
import { createDispatch, methodIn, type Handlers } from './dispatch';

// A handler that breaks the contract: library.stats must answer counts, not a string.
const drifting = {
  'library.stats': () => ({ chapters: 'nine' }),
} as unknown as Handlers;
const lookup = (method: string) => methodIn(contract, drifting, method);

describe('dispatch output checking', () => {
  it('refuses an answer that breaks the contract when checking is on', async () => {
    const logged: string[] = [];
    const dispatch = createDispatch(lookup, {
      guard: () => null,
      checkOutput: true,
      log: (message) => logged.push(message),
    });
    expect(await dispatch('library.stats', {})).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
    expect(logged).toEqual(['[api] library.stats failed']);
  });

  it('passes the answer through untouched when checking is off (production)', async () => {
    const dispatch = createDispatch(lookup, { guard: () => null, checkOutput: false });
    expect(await dispatch('library.stats', {})).toEqual({ ok: true, data: { chapters: 'nine' } });
  });
});
