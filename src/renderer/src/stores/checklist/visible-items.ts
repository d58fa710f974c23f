import {
  PRIORITIES,
  RESULTS,
  type ItemResult,
  type Priority,
  type WorkStatus,
} from '@shared/domain/assessment-values';
import type { AssessmentItem } from '@shared/domain/assessments';
import { filterItems, type ReportFilters } from '@shared/reports/assessment-report';

/** The Items tab's filters: one value each, '' for any. */
export interface ItemFilters {
  chapter: string;
  article: string;
  result: ItemResult | '';
  status: WorkStatus | '';
  priority: Priority | '';
  agency: string;
  obligation: 'mandatory' | 'optional' | '';
}

export const NO_FILTERS: ItemFilters = {
  chapter: '',
  article: '',
  result: '',
  status: '',
  priority: '',
  agency: '',
  obligation: '',
};

export type SortKey = 'article' | 'result' | 'priority' | 'targetDate';
export type SortDirection = 'ascending' | 'descending';
export interface SortOrder {
  key: SortKey;
  direction: SortDirection;
}

export const hasFilters = (f: ItemFilters): boolean => Object.values(f).some((v) => v !== '');

/** The same filters in the report's terms, so an export shows exactly the table's items. */
export function toReportFilters(f: ItemFilters): ReportFilters {
  const filters: ReportFilters = {};
  if (f.chapter) filters.chapters = [f.chapter];
  if (f.article) filters.articles = [Number(f.article)];
  if (f.result) filters.results = [f.result];
  if (f.status) filters.statuses = [f.status];
  if (f.priority) filters.priorities = [f.priority];
  if (f.agency) filters.agencies = [f.agency];
  if (f.obligation) filters.obligations = [f.obligation];
  return filters;
}

const rank = <T extends string>(order: readonly T[], value: T | null): number =>
  value === null ? order.length : order.indexOf(value);

function compareBy(key: SortKey, a: AssessmentItem, b: AssessmentItem): number {
  switch (key) {
    case 'article':
      return 0; // the server's order is article, then paragraph
    case 'result':
      return rank(RESULTS, a.result) - rank(RESULTS, b.result);
    case 'priority':
      return rank(PRIORITIES, a.priority) - rank(PRIORITIES, b.priority);
    case 'targetDate':
      return (a.targetDate ?? '9999-99-99').localeCompare(b.targetDate ?? '9999-99-99');
  }
}

/** Filtered (also by the notes search, when there is one) and sorted; ties keep article order. */
export function visibleItems(
  items: readonly AssessmentItem[],
  filters: ItemFilters,
  noteMatches: readonly string[] | null,
  sort: SortOrder,
): AssessmentItem[] {
  const matching = noteMatches ? new Set(noteMatches) : null;
  const order = new Map(items.map((item, index) => [item.id, index]));
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return filterItems(items, toReportFilters(filters))
    .filter((item) => !matching || matching.has(item.id))
    .sort((a, b) => {
      const byOrder = order.get(a.id)! - order.get(b.id)!;
      const primary = sort.key === 'article' ? byOrder : compareBy(sort.key, a, b);
      return sign * primary || byOrder;
    });
}
