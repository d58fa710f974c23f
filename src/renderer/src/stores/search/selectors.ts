import type { SearchStore } from './store';

export const selectQuery = (s: SearchStore) => s.query;
export const selectAnsweredQuery = (s: SearchStore) => s.answeredQuery;
export const selectResults = (s: SearchStore) => s.results;
export const selectActiveIndex = (s: SearchStore) => s.activeIndex;
export const selectIsOpen = (s: SearchStore) => s.open && s.query.trim() !== '';
export const selectStatus = (s: SearchStore) => s.status;
export const selectError = (s: SearchStore) => s.error;
export const selectActiveHit = (s: SearchStore) =>
  s.activeIndex >= 0 ? (s.results[s.activeIndex] ?? null) : null;
