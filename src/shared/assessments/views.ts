import { z } from 'zod';
import {
  countryCode,
  itemResult,
  type Assessment,
  type AssessmentItem,
} from '../domain/assessments';
import { chapterStats, compareItems, implementationScore, resultCounts } from './stats';

const counts = z.record(itemResult, z.number().int());

export const comparison = z.object({
  base: z.object({ id: z.string(), title: z.string(), date: z.string() }),
  other: z.object({ id: z.string(), title: z.string(), date: z.string() }),
  totals: z.record(z.string(), z.number().int()),
  changes: z.array(
    z.object({
      provisionId: z.string(),
      articleNumber: z.number().int(),
      paragraph: z.string(),
      before: itemResult.nullable(),
      after: itemResult.nullable(),
      kind: z.enum([
        'improved',
        'regressed',
        'newly-assessed',
        'changed',
        'unchanged',
        'only-in-base',
        'only-in-other',
      ]),
    }),
  ),
});
export type Comparison = z.infer<typeof comparison>;

export const heatmap = z.object({
  chapters: z.array(z.object({ number: z.string(), title: z.string() })),
  rows: z.array(
    z.object({
      assessmentId: z.string(),
      country: countryCode,
      countryName: z.string(),
      title: z.string(),
      date: z.string(),
      overall: z.number().nullable(),
      cells: z.array(
        z.object({
          chapter: z.string(),
          score: z.number().nullable(),
          items: z.number().int(),
          counts,
        }),
      ),
    }),
  ),
});
export type Heatmap = z.infer<typeof heatmap>;

export function compareAssessments(base: Assessment, other: Assessment): Comparison {
  const changes = compareItems(base.items, other.items);
  const totals: Record<string, number> = {};
  for (const c of changes) totals[c.kind] = (totals[c.kind] ?? 0) + 1;
  const head = (a: Assessment) => ({ id: a.id, title: a.title, date: a.date });
  return {
    base: head(base),
    other: head(other),
    totals,
    changes: changes.filter((c) => c.kind !== 'unchanged'),
  };
}

/** What the heat map reads of a checklist: its header, and each item's chapter and result. */
export type HeatmapSource = Pick<
  Assessment,
  'id' | 'country' | 'countryName' | 'title' | 'date'
> & {
  items: Pick<AssessmentItem, 'chapter' | 'result'>[];
};

/** Country × chapter: the implementation score of each chapter in each checklist. */
export function buildHeatmap(
  assessments: readonly HeatmapSource[],
  chapters: readonly { number: string; title: string }[],
): Heatmap {
  const order = chapters.map((c) => c.number);
  return {
    chapters: [...chapters],
    rows: assessments.map((a) => {
      const stats = new Map(chapterStats(a.items, order).map((s) => [s.chapter, s]));
      return {
        assessmentId: a.id,
        country: a.country,
        countryName: a.countryName,
        title: a.title,
        date: a.date,
        overall: implementationScore(resultCounts(a.items)),
        cells: order.map((chapter) => {
          const s = stats.get(chapter);
          return {
            chapter,
            score: s?.score ?? null,
            items: s?.items ?? 0,
            counts: s?.counts ?? resultCounts([]),
          };
        }),
      };
    }),
  };
}
