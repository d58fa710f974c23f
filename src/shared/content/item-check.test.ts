import { describe, expect, it } from 'vitest';
import { checkItems, itemCheckWarnings } from './item-check';
import type { QuestionSource } from './pack';

function question(id: string, patch: Partial<QuestionSource> = {}): QuestionSource {
  return {
    id: `t.q.${id}`,
    type: 'single',
    prompt: 'Which article defines traffic data?',
    options: [
      { id: 'a', text: 'Article 2' },
      { id: 'b', text: 'Article 25' },
      { id: 'c', text: 'Article 29' },
      { id: 'd', text: 'Article 45' },
    ],
    answer: ['a'],
    pairs: [],
    explanation: 'The definitions are in article 2.',
    distractors: { b: 'Preservation.', c: 'Real-time collection.', d: 'Cooperation.' },
    articles: [2],
    difficulty: 'easy',
    audiences: ['police'],
    ...patch,
  };
}

describe('the item-writing check', () => {
  it('counts how often the key is strictly the longest option, ties not counted', () => {
    const longest = question('1', {
      options: [
        { id: 'a', text: 'Article 2, among the definitions' },
        { id: 'b', text: 'Article 25' },
        { id: 'c', text: 'Article 29' },
      ],
    });
    const tie = question('2', {
      options: [
        { id: 'a', text: 'Article 2' },
        { id: 'b', text: 'Article 9' },
        { id: 'c', text: 'Article 7' },
      ],
    });
    const twoOptions = question('3', { options: longest.options.slice(0, 2) });
    const report = checkItems([longest, tie, twoOptions]);
    expect(report.longestOption).toMatchObject({ questions: 2, keyLongest: 1, rate: 0.5 });
    expect(report.longestOption.ids).toEqual(['t.q.1']);
  });

  it('shares keys over positions a-d among four-option single-key questions only', () => {
    const report = checkItems([
      question('1', { answer: ['a'] }),
      question('2', { answer: ['c'] }),
      question('3', { answer: ['c'] }),
      question('4', { type: 'multiple', answer: ['a', 'b'] }),
      question('5', { type: 'scenario', scenario: 'A case.', answer: ['d'] }),
    ]);
    expect(report.keyPositions.questions).toBe(4);
    expect(report.keyPositions.counts).toEqual({ a: 1, b: 0, c: 2, d: 1 });
    expect(report.keyPositions.shares.c).toBe(0.5);
  });

  it('finds duplicate options, "all of the above", lower-case negative stems and letters in explanations', () => {
    const report = checkItems([
      question('dup', {
        options: [
          { id: 'a', text: 'Article 2' },
          { id: 'b', text: 'article 2.' },
        ],
      }),
      question('above', {
        options: [
          { id: 'a', text: 'Article 2' },
          { id: 'b', text: 'All of the above' },
        ],
      }),
      question('neg', { prompt: 'Article 2 defines several terms. Which is not defined there?' }),
      question('caps', { prompt: 'Article 2 defines several terms. Which is NOT defined there?' }),
      question('fact', { prompt: 'A State does not allow direct collection. What may it do?' }),
      question('tf', { type: 'true-false', prompt: 'Article 2 does not define data.' }),
      question('letter', { explanation: 'Option a is correct: article 2 holds the definitions.' }),
      question('para', { explanation: 'Article 11(3)(a) is about something else.' }),
    ]);
    expect(report.findings.map((f) => [f.questionId, f.rule])).toEqual([
      ['t.q.dup', 'duplicate-options'],
      ['t.q.above', 'all-none-of-the-above'],
      ['t.q.neg', 'negative-stem'],
      ['t.q.letter', 'letter-in-explanation'],
    ]);
  });

  it('warns in sentences, judging rates only when there are enough questions to judge', () => {
    const skewed = Array.from({ length: 12 }, (_, i) =>
      question(String(i), {
        options: [
          { id: 'a', text: 'Article 2, among the definitions' },
          { id: 'b', text: 'Article 25' },
          { id: 'c', text: 'Article 29' },
          { id: 'd', text: 'Article 45' },
        ],
      }),
    );
    const warnings = itemCheckWarnings(checkItems(skewed));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('longest in 12 of 12 questions (100 %');
    expect(warnings[1]).toContain('a 100 %, b 0 %, c 0 %, d 0 %');
    expect(itemCheckWarnings(checkItems(skewed.slice(0, 3)))).toEqual([]);
  });
});
