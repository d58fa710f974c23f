import { RESULTS, type ItemResult, type Priority } from '../domain/assessment-values';
import type { AssessmentItem } from '../domain/assessments';

export type ResultCounts = Record<ItemResult, number>;

export function resultCounts(items: readonly Pick<AssessmentItem, 'result'>[]): ResultCounts {
  const counts = Object.fromEntries(RESULTS.map((r) => [r, 0])) as ResultCounts;
  for (const item of items) counts[item.result]++;
  return counts;
}

/**
 * How far national law implements what applies: implemented counts 1, partial ½, gap 0;
 * not applicable and not assessed are left out. Null when nothing applicable is assessed yet.
 */
export function implementationScore(counts: ResultCounts): number | null {
  const assessed = counts.implemented + counts.partial + counts.gap;
  return assessed === 0 ? null : (counts.implemented + counts.partial / 2) / assessed;
}

export function completion(counts: ResultCounts): number {
  const total = RESULTS.reduce((n, r) => n + counts[r], 0);
  return total === 0 ? 0 : (total - counts['not-assessed']) / total;
}

export interface ChapterStats {
  chapter: string;
  items: number;
  counts: ResultCounts;
  completion: number;
  score: number | null;
}

export function chapterStats(
  items: readonly Pick<AssessmentItem, 'chapter' | 'result'>[],
  chapterOrder: readonly string[],
): ChapterStats[] {
  return chapterOrder
    .map((chapter) => {
      const inChapter = items.filter((i) => i.chapter === chapter);
      const counts = resultCounts(inChapter);
      return {
        chapter,
        items: inChapter.length,
        counts,
        completion: completion(counts),
        score: implementationScore(counts),
      };
    })
    .filter((c) => c.items > 0);
}

const PRIORITY_RANK: Record<Priority, number> = { high: 0, medium: 1, low: 2 };

/** Gaps and partial implementation needing action: by priority, then target date (undated last). */
export function actionPlanItems<
  T extends Pick<
    AssessmentItem,
    'result' | 'priority' | 'targetDate' | 'articleNumber' | 'paragraph'
  >,
>(items: readonly T[]): T[] {
  return items
    .filter((i) => i.result === 'gap' || i.result === 'partial')
    .sort(
      (a, b) =>
        (a.priority ? PRIORITY_RANK[a.priority] : 3) -
          (b.priority ? PRIORITY_RANK[b.priority] : 3) ||
        (a.targetDate ?? '9999').localeCompare(b.targetDate ?? '9999') ||
        a.articleNumber - b.articleNumber,
    );
}

export function isOverdue(
  item: Pick<AssessmentItem, 'targetDate' | 'status' | 'result'>,
  today: string,
): boolean {
  return (
    item.targetDate !== null &&
    item.targetDate < today &&
    item.status !== 'done' &&
    (item.result === 'gap' || item.result === 'partial')
  );
}

const RESULT_RANK: Partial<Record<ItemResult, number>> = { gap: 0, partial: 1, implemented: 2 };

export type ChangeKind =
  | 'improved'
  | 'regressed'
  | 'newly-assessed'
  | 'changed'
  | 'unchanged'
  | 'only-in-base'
  | 'only-in-other';

export interface ItemChange {
  provisionId: string;
  articleNumber: number;
  paragraph: string;
  before: ItemResult | null;
  after: ItemResult | null;
  kind: ChangeKind;
}

/** Item by item, what moved between two checklists of the same country (matched by provision). */
export function compareItems(
  base: readonly Pick<AssessmentItem, 'provisionId' | 'articleNumber' | 'paragraph' | 'result'>[],
  other: readonly Pick<AssessmentItem, 'provisionId' | 'articleNumber' | 'paragraph' | 'result'>[],
): ItemChange[] {
  const before = new Map(base.map((i) => [i.provisionId, i]));
  const after = new Map(other.map((i) => [i.provisionId, i]));
  const ids = [...new Set([...before.keys(), ...after.keys()])];
  return ids
    .map((id): ItemChange => {
      const b = before.get(id);
      const a = after.get(id);
      const ref = (a ?? b)!;
      let kind: ChangeKind;
      if (!a) kind = 'only-in-base';
      else if (!b) kind = 'only-in-other';
      else if (a.result === b.result) kind = 'unchanged';
      else if (b.result === 'not-assessed') kind = 'newly-assessed';
      else {
        const rb = RESULT_RANK[b.result];
        const ra = RESULT_RANK[a.result];
        kind =
          rb === undefined || ra === undefined ? 'changed' : ra > rb ? 'improved' : 'regressed';
      }
      return {
        provisionId: id,
        articleNumber: ref.articleNumber,
        paragraph: ref.paragraph,
        before: b?.result ?? null,
        after: a?.result ?? null,
        kind,
      };
    })
    .sort(
      (x, y) => x.articleNumber - y.articleNumber || x.provisionId.localeCompare(y.provisionId),
    );
}
