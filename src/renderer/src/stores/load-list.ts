import type { ApiError } from '@shared/api/envelope';
import { toApiError, type LoadStatus } from './load-state';

/** How far a page's main list (checklists, workshops) has loaded, and why it failed. */
export interface ListLoadState {
  listStatus: LoadStatus;
  listError: ApiError | null;
}

/**
 * Loads a list into the store's field `key`: listStatus moves to loading, then to ready with the
 * new rows, or to error with the reason while the rows shown before stay.
 */
export async function loadListInto<S extends ListLoadState, K extends keyof S>(
  set: (update: Partial<S>) => void,
  key: K,
  fetch: () => Promise<NoInfer<S[K]>>,
): Promise<void> {
  // The casts: over a generic S, TypeScript cannot see these fields as S's own (the bound says so).
  set({ listStatus: 'loading', listError: null } as Partial<S>);
  try {
    const rows = await fetch();
    set({ [key]: rows, listStatus: 'ready' } as Partial<S>);
  } catch (error) {
    set({ listStatus: 'error', listError: toApiError(error) } as Partial<S>);
  }
}
