import { describe, expect, it } from 'vitest';
import { parseArticleReference } from './article-reference';

describe('parseArticleReference', () => {
  it.each([
    ['41', 41],
    ['art 41', 41],
    ['Art. 41', 41],
    ['art.41', 41],
    ['article 41', 41],
    ['  ARTICLE   7 ', 7],
  ])('reads %s as article %i', (query, expected) => {
    expect(parseArticleReference(query)).toBe(expected);
  });

  it.each(['', 'grooming', '24/7', 'article', '0', 'art 41 42', 'production order'])(
    'does not read %s as an article number',
    (query) => {
      expect(parseArticleReference(query)).toBeNull();
    },
  );
});
