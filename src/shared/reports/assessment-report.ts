import { localDate } from '../dates';
import { RESULTS, type ItemResult } from '../domain/assessment-values';
import type { Assessment, AssessmentItem, HistoryEntry } from '../domain/assessments';
import {
  actionPlanItems,
  chapterStats,
  completion,
  implementationScore,
  isOverdue,
  resultCounts,
  type ChapterStats,
  type ResultCounts,
} from '../assessments/stats';
import type { ReportFilters, ReportOptions } from './report-options';

export { REPORT_SECTIONS, type ReportSection } from './report-sections';
export { reportOptions, type ReportFilters, type ReportOptions } from './report-options';

export function filterItems(items: readonly AssessmentItem[], f: ReportFilters): AssessmentItem[] {
  return items.filter(
    (i) =>
      (!f.chapters?.length || f.chapters.includes(i.chapter)) &&
      (!f.articles?.length || f.articles.includes(i.articleNumber)) &&
      (!f.results?.length || f.results.includes(i.result)) &&
      (!f.statuses?.length || f.statuses.includes(i.status)) &&
      (!f.priorities?.length || (i.priority !== null && f.priorities.includes(i.priority))) &&
      (!f.agencies?.length || f.agencies.includes(i.agency)) &&
      (!f.obligations?.length || f.obligations.includes(i.provisionLevel)),
  );
}

export interface ReportItem extends AssessmentItem {
  /** Changes to this item: how many, and the last one (who and when). */
  changes: number;
  lastChange: { at: string; actor: string } | null;
  overdue: boolean;
}

export interface AgencyPlan {
  agency: string;
  items: ReportItem[];
}

/** Everything any exporter needs, computed once: exporters only lay it out. */
export interface AssessmentReport {
  generatedAt: string;
  options: ReportOptions;
  assessment: Omit<Assessment, 'items'>;
  filtered: boolean;
  totals: {
    items: number;
    counts: ResultCounts;
    completion: number;
    score: number | null;
    overdue: number;
  };
  byChapter: (ChapterStats & { title: string })[];
  gapsByPriority: Record<'high' | 'medium' | 'low' | 'unset', number>;
  actionPlan: AgencyPlan[];
  items: ReportItem[];
  /** The items the detail section lists (see ReportOptions.detail). */
  detailItems: ReportItem[];
}

export function buildAssessmentReport(
  assessment: Assessment,
  history: readonly HistoryEntry[],
  chapters: readonly { number: string; title: string }[],
  options: ReportOptions,
  now: Date,
): AssessmentReport {
  const today = localDate(now);
  const { items: allItems, ...header } = assessment;
  const byItem = new Map<string, HistoryEntry[]>();
  for (const h of history) if (h.itemId) byItem.set(h.itemId, [...(byItem.get(h.itemId) ?? []), h]);
  const items: ReportItem[] = filterItems(allItems, options.filters).map((i) => {
    const changes = byItem.get(i.id) ?? [];
    const newest = changes.reduce<HistoryEntry | null>(
      (a, b) => (a === null || b.at > a.at ? b : a),
      null,
    );
    return {
      ...i,
      changes: changes.length,
      lastChange: newest ? { at: newest.at, actor: newest.actor } : null,
      overdue: isOverdue(i, today),
    };
  });
  const counts = resultCounts(items);
  const titles = new Map(chapters.map((c) => [c.number, c.title]));
  const plan = actionPlanItems(items);
  const agencies = [...new Set(plan.map((i) => i.agency.trim() || ''))].sort((a, b) =>
    a === '' ? 1 : b === '' ? -1 : a.localeCompare(b),
  );
  const gaps = items.filter((i) => i.result === 'gap');
  return {
    generatedAt: now.toISOString(),
    options,
    assessment: header,
    filtered: items.length !== allItems.length,
    totals: {
      items: items.length,
      counts,
      completion: completion(counts),
      score: implementationScore(counts),
      overdue: items.filter((i) => i.overdue).length,
    },
    byChapter: chapterStats(
      items,
      chapters.map((c) => c.number),
    ).map((c) => ({ ...c, title: titles.get(c.chapter) ?? c.chapter })),
    gapsByPriority: {
      high: gaps.filter((i) => i.priority === 'high').length,
      medium: gaps.filter((i) => i.priority === 'medium').length,
      low: gaps.filter((i) => i.priority === 'low').length,
      unset: gaps.filter((i) => i.priority === null).length,
    },
    actionPlan: agencies.map((agency) => ({
      agency,
      items: plan.filter((i) => (i.agency.trim() || '') === agency),
    })),
    items,
    detailItems:
      options.detail === 'all' ? items : items.filter((i) => i.result !== 'not-assessed'),
  };
}

export const RESULT_ORDER: readonly ItemResult[] = RESULTS;
