import { describe, expect, it } from 'vitest';
import { matchedItems, parallelFormProblems, type FormItem } from './parallel-forms';

const item = (id: string, patch: Partial<FormItem> = {}): FormItem => ({
  id,
  type: 'single',
  difficulty: 'medium',
  articles: [7],
  ...patch,
});

describe('parallel pre- and post-test forms', () => {
  const pre = [item('p1'), item('p2', { articles: [2, 9] }), item('p3'), item('p4'), item('p5')];
  const post = [
    item('q1'),
    item('q2', { articles: [9, 2] }),
    item('q3', { type: 'true-false' }),
    item('q4', { difficulty: 'hard' }),
    item('q5', { articles: [8] }),
  ];

  it('pairs the questions at the same position with the same articles, type and difficulty', () => {
    expect(matchedItems(pre, post)).toEqual([
      { position: 0, preId: 'p1', postId: 'q1' },
      { position: 1, preId: 'p2', postId: 'q2' },
    ]);
  });

  it('does not pair a question with itself or beyond the shorter form', () => {
    expect(matchedItems([item('p1'), item('p2')], [item('p1')])).toEqual([]);
  });

  it('names every position where the forms differ, and why', () => {
    expect(parallelFormProblems(pre, post)).toEqual([
      'question 3 (p3 / q3): type single against true-false',
      'question 4 (p4 / q4): difficulty medium against hard',
      'question 5 (p5 / q5): articles 7 against 8',
    ]);
    expect(parallelFormProblems([item('p1')], [item('p1'), item('q2')])).toEqual([
      'the forms differ in length: pre-test 1, post-test 2',
      'question 1: p1 is in both forms',
    ]);
  });
});
