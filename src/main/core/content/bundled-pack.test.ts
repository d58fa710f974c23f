import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { findPackProblems } from '../../../shared/content/pack-integrity';
import { readPackDirectory } from './pack-files';
import { PROJECT_RESOURCES } from '../testing/fixtures';

const pack = readPackDirectory(join(PROJECT_RESOURCES, 'packs', 'uncc'));

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

describe('the bundled UN Convention against Cybercrime pack', () => {
  it('has the 9 chapters and 68 articles, numbered 1 to 68 without gaps', () => {
    expect(pack.chapters.map((c) => c.number)).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
      'VI',
      'VII',
      'VIII',
      'IX',
    ]);
    expect(pack.articles.map((a) => a.number)).toEqual(Array.from({ length: 68 }, (_, i) => i + 1));
  });

  it('has no duplicate ids or dangling links', () => {
    expect(findPackProblems(pack)).toEqual([]);
  });

  it('gives every article a plain-language summary of 80 to 200 words and a source', () => {
    const outOfRange = pack.articles
      .filter((a) => words(a.summary) < 80 || words(a.summary) > 200)
      .map((a) => a.number);
    expect(outOfRange).toEqual([]);
    expect(pack.articles.filter((a) => a.sources.length === 0)).toEqual([]);
  });

  it('covers every article of chapters II, IV and V with provisions', () => {
    const bare = pack.articles.filter(
      (a) => ['II', 'IV', 'V'].includes(a.chapter) && a.provisions.length === 0,
    );
    expect(bare.map((a) => a.number)).toEqual([]);
  });

  it('keeps the official titles recorded in the reference outline for the articles checked so far', () => {
    const byNumber = new Map(pack.articles.map((a) => [a.number, a.title]));
    expect(byNumber.get(7)).toBe('Illegal access');
    expect(byNumber.get(14)).toBe(
      'Offences related to online child sexual abuse or child sexual exploitation material',
    );
    expect(byNumber.get(16)).toBe('Non-consensual dissemination of intimate images');
    expect(byNumber.get(22)).toBe('Jurisdiction');
  });
});
