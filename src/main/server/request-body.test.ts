import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from '../../shared/api/contract';
import { METHOD_NAMES } from '../../shared/api/methods';
import { FILE_CONTENT_METHODS } from '../../shared/api/file-methods';
import { bodyLimit, FILE_BODY_BYTES, SMALL_BODY_BYTES } from './request-body';

describe('request body limits', () => {
  it('lists exactly the methods whose contract input carries a file (contentBase64)', () => {
    const fromContract = METHOD_NAMES.filter((name) =>
      JSON.stringify(
        z.toJSONSchema(contract[name].input, { io: 'input', unrepresentable: 'any' }),
      ).includes('"contentBase64"'),
    );
    expect(fromContract.length).toBeGreaterThan(0);
    // When this fails, copy the method names it prints into src/shared/api/file-methods.ts.
    expect([...FILE_CONTENT_METHODS].sort()).toEqual([...fromContract].sort());
  });

  it('gives file methods the file limit and everything else, unknown names too, the small one', () => {
    expect(bodyLimit('packs.import')).toBe(FILE_BODY_BYTES);
    expect(bodyLimit('library.search')).toBe(SMALL_BODY_BYTES);
    expect(bodyLimit('no.such')).toBe(SMALL_BODY_BYTES);
  });
});
