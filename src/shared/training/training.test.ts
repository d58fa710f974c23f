import { describe, expect, it } from 'vitest';
import type { QuestionSource } from '../content/pack';
import { attemptScore, scoreAnswer } from './scoring';
import {
  articleGains,
  groupGain,
  itemAnalysis,
  median,
  participantGains,
  type ScoredResponse,
} from './analytics';

const base = (): Pick<
  QuestionSource,
  | 'explanation'
  | 'distractors'
  | 'articles'
  | 'difficulty'
  | 'audiences'
  | 'pairs'
  | 'options'
  | 'answer'
> => ({
  explanation: 'e',
  distractors: {},
  articles: [7],
  difficulty: 'easy',
  audiences: ['police'],
  pairs: [],
  options: [],
  answer: [],
});
const single: QuestionSource = {
  ...base(),
  id: 'q.1',
  type: 'single',
  prompt: 'p',
  options: [
    { id: 'a', text: 'A' },
    { id: 'b', text: 'B' },
  ],
  answer: ['b'],
};
const multiple: QuestionSource = {
  ...base(),
  id: 'q.2',
  type: 'multiple',
  prompt: 'p',
  options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: id })),
  answer: ['a', 'c'],
};
const trueFalse: QuestionSource = {
  ...base(),
  id: 'q.3',
  type: 'true-false',
  prompt: 'p',
  options: [
    { id: 'true', text: 'True' },
    { id: 'false', text: 'False' },
  ],
  answer: ['false'],
};
const matching: QuestionSource = {
  ...base(),
  id: 'q.4',
  type: 'matching',
  prompt: 'p',
  pairs: [
    { left: 'Art. 7', right: 'Illegal access' },
    { left: 'Art. 8', right: 'Illegal interception' },
    { left: 'Art. 9', right: 'Data interference' },
    { left: 'Art. 10', right: 'System interference' },
  ],
};
const scenario: QuestionSource = {
  ...base(),
  id: 'q.5',
  type: 'scenario',
  scenario: 's',
  prompt: 'p',
  options: ['a', 'b', 'c'].map((id) => ({ id, text: id })),
  answer: ['a', 'b'],
};

describe('scoring every question type', () => {
  it('scores single choice, true/false and multiple choice (exact set only)', () => {
    expect(scoreAnswer(single, 'b')).toEqual({ ok: true, credit: 1 });
    expect(scoreAnswer(single, ['a'])).toEqual({ ok: true, credit: 0 });
    expect(scoreAnswer(trueFalse, 'false')).toEqual({ ok: true, credit: 1 });
    expect(scoreAnswer(multiple, ['c', 'a'])).toEqual({ ok: true, credit: 1 });
    expect(scoreAnswer(multiple, ['a'])).toEqual({ ok: true, credit: 0 });
    expect(scoreAnswer(multiple, ['a', 'b', 'c'])).toEqual({ ok: true, credit: 0 });
    expect(scoreAnswer(scenario, ['a', 'b'])).toEqual({ ok: true, credit: 1 });
  });

  it('gives matching the share of right pairs', () => {
    expect(
      scoreAnswer(matching, {
        'Art. 7': 'Illegal access',
        'Art. 8': 'Illegal interception',
        'Art. 9': 'System interference',
        'Art. 10': 'Data interference',
      }),
    ).toEqual({ ok: true, credit: 0.5 });
  });

  it('refuses answers that do not fit the question', () => {
    expect(scoreAnswer(single, 'z')).toMatchObject({
      ok: false,
      message: expect.stringContaining('no option z'),
    });
    expect(scoreAnswer(single, ['a', 'b'])).toMatchObject({
      ok: false,
      message: expect.stringContaining('exactly one'),
    });
    expect(scoreAnswer(matching, 'a')).toMatchObject({ ok: false });
    expect(scoreAnswer(matching, { 'Art. 99': 'x' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('Art. 99'),
    });
    expect(scoreAnswer(multiple, { a: 'b' })).toMatchObject({ ok: false });
  });

  it('turns credits into a percentage, unanswered counting zero', () => {
    expect(attemptScore([1, 0, 0.5], 4)).toBe(37.5);
    expect(attemptScore([], 0)).toBe(0);
  });
});

describe('knowledge gain (hand-computed)', () => {
  // Three participants: A 40 → 80, B 60 → 60, C 50 → 100; D took only the pre-test.
  const pre = new Map([
    ['A', 40],
    ['B', 60],
    ['C', 50],
    ['D', 30],
  ]);
  const post = new Map([
    ['A', 80],
    ['B', 60],
    ['C', 100],
  ]);
  const gains = participantGains(['A', 'B', 'C', 'D'], pre, post);

  it('per participant, with Hake normalised gain', () => {
    expect(gains).toEqual([
      { participantId: 'A', pre: 40, post: 80, gain: 40, normalisedGain: 0.667 },
      { participantId: 'B', pre: 60, post: 60, gain: 0, normalisedGain: 0 },
      { participantId: 'C', pre: 50, post: 100, gain: 50, normalisedGain: 1 },
      { participantId: 'D', pre: 30, post: null, gain: null, normalisedGain: null },
    ]);
  });

  it('for the group: mean, median, share improved and class-average normalised gain', () => {
    // mean pre 50, mean post 80 → g = 30 / 50 = 0.6; gains 40, 0, 50 → mean 30, median 40; 2 of 3 improved.
    expect(groupGain(gains)).toEqual({
      participantsWithBoth: 3,
      meanPre: 50,
      meanPost: 80,
      meanGain: 30,
      medianGain: 40,
      shareImproved: 0.667,
      normalisedGain: 0.6,
    });
  });

  it('per article, from the questions that test it', () => {
    const r = (participantId: string, articles: number[], credit: number): ScoredResponse => ({
      participantId,
      questionId: 'q',
      articles,
      credit,
    });
    expect(
      articleGains(
        [r('A', [7], 0), r('B', [7], 1), r('A', [8], 1)],
        [r('A', [7], 1), r('B', [7], 1), r('A', [9], 0)],
      ),
    ).toEqual([
      { articleNumber: 7, pre: 50, post: 100, gain: 50 },
      { articleNumber: 8, pre: 100, post: null, gain: null },
      { articleNumber: 9, pre: null, post: 0, gain: null },
    ]);
  });

  it('median of even and odd lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe('item analysis (hand-computed)', () => {
  // Totals: P1 3, P2 2, P3 1, P4 1 (ties keep order); upper and lower groups of round(4 × 0.27) = 1.
  const rows: [string, string, number][] = [
    ['P1', 'q1', 1],
    ['P1', 'q2', 1],
    ['P1', 'q3', 1],
    ['P2', 'q1', 1],
    ['P2', 'q2', 1],
    ['P2', 'q3', 0],
    ['P3', 'q1', 1],
    ['P3', 'q2', 0],
    ['P3', 'q3', 0],
    ['P4', 'q1', 1],
    ['P4', 'q2', 0],
    ['P4', 'q3', 0],
  ];
  const stats = itemAnalysis(
    rows.map(([participantId, questionId, credit]) => ({
      participantId,
      questionId,
      credit,
      articles: [7],
    })),
  );

  it('computes facility and upper-minus-lower discrimination, and flags weak questions', () => {
    expect(stats).toEqual([
      {
        questionId: 'q1',
        answered: 4,
        facility: 1,
        discrimination: 0,
        flags: ['too-easy', 'poor-discrimination'],
      },
      { questionId: 'q2', answered: 4, facility: 0.5, discrimination: 1, flags: [] },
      { questionId: 'q3', answered: 4, facility: 0.25, discrimination: 1, flags: [] },
    ]);
  });
});
