import { create } from 'zustand';
import type { ApiError } from '@shared/api/envelope';
import type { SearchHit } from '@shared/domain/library';
import { parseArticleReference } from '@shared/library/article-reference';
import { call } from '@renderer/api/client';
import { contentLanguage } from '../content-language/store';
import { toApiError } from '../load-state';

export const SEARCH_DEBOUNCE_MS = 120;
const RESULT_LIMIT = 20;

export type SearchStatus = 'idle' | 'searching' | 'done' | 'error';

export interface SearchState {
  query: string;
  /** The query the current results answer. */
  answeredQuery: string;
  results: SearchHit[];
  activeIndex: number;
  open: boolean;
  status: SearchStatus;
  error: ApiError | null;
}

export interface SearchStore extends SearchState {
  setQuery(query: string): void;
  moveActive(step: 1 | -1): void;
  setActive(index: number): void;
  /** Shows the list again for the query still in the box. */
  reopen(): void;
  close(): void;
  clear(): void;
  reset(): void;
  /**
   * The results for the query as it is now: at once when they are on screen, else once its
   * search answers (the debounce skipped). Null when the query changes again meanwhile.
   */
  currentResults(): Promise<SearchHit[] | null>;
}

const initialSearchState: SearchState = {
  query: '',
  answeredQuery: '',
  results: [],
  activeIndex: -1,
  open: false,
  status: 'idle',
  error: null,
};

// Outside the state: timers and counters are plumbing, not something components render.
let debounceTimer: ReturnType<typeof setTimeout> | undefined;
let latestRequest = 0;
/** Who waits for the answer to request `latestRequest` (Enter pressed before it came). */
let waiting: ((results: SearchHit[] | null) => void)[] = [];

function settle(results: SearchHit[] | null): void {
  const callers = waiting;
  waiting = [];
  for (const resolve of callers) resolve(results);
}

export const useSearchStore = create<SearchStore>()((set, get) => {
  async function run(query: string, request: number): Promise<void> {
    try {
      const results = await call('library.search', {
        query,
        limit: RESULT_LIMIT,
        language: contentLanguage(),
      });
      if (request !== latestRequest) return; // a newer keystroke has its own answer coming
      // A typed article number should win Enter, so no result is preselected then.
      const activeIndex = results.length > 0 && parseArticleReference(query) === null ? 0 : -1;
      set({ results, answeredQuery: query, activeIndex, status: 'done', error: null });
      settle(results);
    } catch (error) {
      if (request !== latestRequest) return;
      settle([]);
      set({
        results: [],
        answeredQuery: query,
        activeIndex: -1,
        status: 'error',
        error: toApiError(error),
      });
    }
  }

  function startOver(): void {
    clearTimeout(debounceTimer);
    settle(null);
    latestRequest++; // an answer still in flight must not reopen the list
    set(initialSearchState);
  }

  return {
    ...initialSearchState,
    setQuery(query) {
      clearTimeout(debounceTimer);
      settle(null); // an Enter for the old query must not act on the new one
      const request = ++latestRequest;
      if (query.trim() === '') {
        set({ ...initialSearchState, query });
        return;
      }
      set({ query, open: true, status: 'searching' });
      debounceTimer = setTimeout(() => void run(query, request), SEARCH_DEBOUNCE_MS);
    },
    moveActive(step) {
      const { results, activeIndex, open } = get();
      if (results.length === 0) return;
      if (!open) {
        set({ open: true });
        return;
      }
      const next = (activeIndex + step + results.length) % results.length;
      set({ activeIndex: activeIndex === -1 && step === -1 ? results.length - 1 : next });
    },
    setActive(index) {
      set({ activeIndex: index });
    },
    reopen() {
      if (get().query.trim() !== '') set({ open: true });
    },
    close() {
      set({ open: false });
    },
    clear: startOver,
    reset: startOver,
    currentResults() {
      const { query, answeredQuery, status, results } = get();
      if (query.trim() === '') return Promise.resolve(null);
      if (status === 'done' && answeredQuery === query) return Promise.resolve(results);
      if (status === 'error') return Promise.resolve([]);
      // Still waiting on the debounce: search now rather than after it.
      clearTimeout(debounceTimer);
      const request = latestRequest;
      const answer = new Promise<SearchHit[] | null>((resolve) => waiting.push(resolve));
      void run(query, request);
      return answer;
    },
  };
});
