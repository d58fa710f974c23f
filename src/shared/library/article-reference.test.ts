import { describe, expect, it } from 'vitest';
import { paragraphRef, parseArticleReference } from './article-reference';

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

describe('paragraphRef', () => {
  it.each([
    ['1(a)', '(1)(a)'],
    ['1 (a)', '(1)(a)'],
    ['2', '(2)'],
    ['10–12', '(10)–(12)'],
    ['single paragraph', ''],
    ['Single paragraph', ''],
    ['', ''],
    ['chapeau', ' chapeau'],
  ])('writes paragraph %j as %j after the article number', (paragraph, expected) => {
    expect(paragraphRef(paragraph)).toBe(expected);
  });

  it('never nests brackets: Art. 11 paragraph 1(a) reads 11(1)(a)', () => {
    expect(`Art. 11${paragraphRef('1(a)')}`).toBe('Art. 11(1)(a)');
  });
});
