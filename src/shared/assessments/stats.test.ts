import { describe, expect, it } from 'vitest';
import {
  actionPlanItems,
  chapterStats,
  compareItems,
  completion,
  implementationScore,
  isOverdue,
  resultCounts,
} from './stats';
import type { ItemResult, Priority } from '../domain/assessments';

const item = (
  result: ItemResult,
  extra: Partial<{
    chapter: string;
    priority: Priority | null;
    targetDate: string | null;
    articleNumber: number;
    provisionId: string;
    status: 'to-do' | 'done';
  }> = {},
) => ({
  result,
  chapter: 'II',
  priority: null,
  targetDate: null,
  articleNumber: 7,
  paragraph: '1',
  provisionId: 'p',
  status: 'to-do' as const,
  ...extra,
});

describe('checklist statistics (hand-computed cases)', () => {
  it('scores implemented 1, partial ½, gap 0, leaving out not applicable and not assessed', () => {
    const counts = resultCounts([
      item('implemented'),
      item('partial'),
      item('gap'),
      item('gap'),
      item('not-applicable'),
      item('not-assessed'),
    ]);
    expect(counts).toEqual({
      implemented: 1,
      partial: 1,
      gap: 2,
      'not-applicable': 1,
      'not-assessed': 1,
    });
    expect(implementationScore(counts)).toBeCloseTo(1.5 / 4);
    expect(completion(counts)).toBeCloseTo(5 / 6);
    expect(implementationScore(resultCounts([item('not-assessed')]))).toBeNull();
  });

  it('groups by chapter in the given order and skips empty chapters', () => {
    const stats = chapterStats(
      [item('gap', { chapter: 'IV' }), item('implemented', { chapter: 'II' })],
      ['I', 'II', 'IV'],
    );
    expect(stats.map((s) => [s.chapter, s.score])).toEqual([
      ['II', 1],
      ['IV', 0],
    ]);
  });

  it('orders the action plan by priority, then target date, with undated last', () => {
    const plan = actionPlanItems([
      item('gap', { priority: 'low', articleNumber: 1 }),
      item('partial', { priority: 'high', targetDate: '2027-06-01', articleNumber: 2 }),
      item('gap', { priority: 'high', targetDate: '2027-01-01', articleNumber: 3 }),
      item('implemented', { priority: 'high', articleNumber: 4 }),
      item('gap', { priority: null, articleNumber: 5 }),
    ]);
    expect(plan.map((i) => i.articleNumber)).toEqual([3, 2, 1, 5]);
  });

  it('calls an open gap past its target date overdue', () => {
    expect(isOverdue(item('gap', { targetDate: '2026-01-01' }), '2026-11-25')).toBe(true);
    expect(isOverdue(item('gap', { targetDate: '2026-01-01', status: 'done' }), '2026-11-25')).toBe(
      false,
    );
    expect(isOverdue(item('implemented', { targetDate: '2026-01-01' }), '2026-11-25')).toBe(false);
  });

  it('compares two checklists item by item', () => {
    const base = [
      item('gap', { provisionId: 'a' }),
      item('implemented', { provisionId: 'b' }),
      item('not-assessed', { provisionId: 'c' }),
      item('gap', { provisionId: 'd' }),
    ];
    const other = [
      item('partial', { provisionId: 'a' }),
      item('gap', { provisionId: 'b' }),
      item('implemented', { provisionId: 'c' }),
      item('gap', { provisionId: 'd' }),
      item('gap', { provisionId: 'e' }),
    ];
    expect(
      Object.fromEntries(compareItems(base, other).map((c) => [c.provisionId, c.kind])),
    ).toEqual({
      a: 'improved',
      b: 'regressed',
      c: 'newly-assessed',
      d: 'unchanged',
      e: 'only-in-other',
    });
  });
});
