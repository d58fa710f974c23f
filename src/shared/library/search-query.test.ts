import { describe, expect, it } from 'vitest';
import { toFtsQuery } from './search-query';

describe('toFtsQuery', () => {
  it('makes each word a prefix term', () => {
    expect(toFtsQuery('production order')).toBe('"production"* "order"*');
  });
  it('keeps words joined by punctuation together as a phrase', () => {
    expect(toFtsQuery('24/7 network')).toBe('"24 7"* "network"*');
  });
  it('drops FTS5 operators and quotes the user typed', () => {
    expect(toFtsQuery('grooming" OR NEAR(x) -child')).toBe('"grooming"* "OR"* "NEAR x"* "child"*');
  });
  it('keeps letters of any script', () => {
    expect(toFtsQuery('dẫn độ')).toBe('"dẫn"* "độ"*');
  });
  it('returns null for nothing searchable', () => {
    expect(toFtsQuery('  "" * ')).toBeNull();
  });
});
