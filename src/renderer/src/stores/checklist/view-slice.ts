import type { StateCreator } from 'zustand';
import type { ApiError } from '@shared/api/envelope';
import type { ItemFields } from '@shared/domain/assessments';
import { call } from '@renderer/api/client';
import i18n from '@renderer/i18n';
import { toApiError } from '../load-state';
import type { ChecklistStore } from './store';
import { NO_FILTERS, type ItemFilters, type SortKey, type SortOrder } from './visible-items';

export type ChecklistTab = 'items' | 'dashboard' | 'history' | 'validation' | 'export';
export const CHECKLIST_TABS: readonly ChecklistTab[] = [
  'items',
  'dashboard',
  'history',
  'validation',
  'export',
];

export interface Toast {
  id: number;
  text: string;
}

export interface ViewState {
  tab: ChecklistTab;
  filters: ItemFilters;
  sort: SortOrder;
  notesQuery: string;
  /** Item ids whose notes match the search; null when there is no search. */
  noteMatches: string[] | null;
  notesError: ApiError | null;
  selected: string[];
  /** The row that holds the keyboard focus in the table (roving tabindex). */
  activeId: string | null;
  bulkBusy: boolean;
  bulkError: ApiError | null;
  undoBusy: boolean;
  toast: Toast | null;
}

export interface ViewSlice extends ViewState {
  setTab(tab: ChecklistTab): void;
  setFilter<K extends keyof ItemFilters>(key: K, value: ItemFilters[K]): void;
  clearFilters(): void;
  setSort(key: SortKey): void;
  searchNotes(query: string): Promise<void>;
  setNotesQuery(query: string): void;
  toggleSelected(id: string): void;
  setSelection(ids: string[]): void;
  setActive(id: string | null): void;
  bulkUpdate(fields: Partial<ItemFields>): Promise<void>;
  undo(): Promise<void>;
  showToast(text: string): void;
  dismissToast(): void;
}

export const initialViewState: ViewState = {
  tab: 'items',
  filters: NO_FILTERS,
  sort: { key: 'article', direction: 'ascending' },
  notesQuery: '',
  noteMatches: null,
  notesError: null,
  selected: [],
  activeId: null,
  bulkBusy: false,
  bulkError: null,
  undoBusy: false,
  toast: null,
};

let toastCounter = 0;

export const createViewSlice: StateCreator<ChecklistStore, [], [], ViewSlice> = (set, get) => {
  let notesRequest = 0;
  return {
    ...initialViewState,
    setTab: (tab) => set({ tab }),
    setFilter: (key, value) => set({ filters: { ...get().filters, [key]: value } }),
    clearFilters: () => {
      notesRequest++;
      set({ filters: NO_FILTERS, notesQuery: '', noteMatches: null, notesError: null });
    },
    setSort(key) {
      const { sort } = get();
      set({
        sort: {
          key,
          direction:
            sort.key === key && sort.direction === 'ascending' ? 'descending' : 'ascending',
        },
      });
    },
    setNotesQuery: (notesQuery) => set({ notesQuery }),
    async searchNotes(query) {
      const request = ++notesRequest;
      const assessmentId = get().assessmentId;
      if (!assessmentId || query.trim() === '') {
        set({ noteMatches: null, notesError: null });
        return;
      }
      try {
        const { itemIds } = await call('assessments.searchNotes', { assessmentId, query });
        if (request === notesRequest) set({ noteMatches: itemIds, notesError: null });
      } catch (error) {
        if (request === notesRequest) set({ noteMatches: null, notesError: toApiError(error) });
      }
    },
    toggleSelected(id) {
      const { selected } = get();
      set({
        selected: selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id],
      });
    },
    setSelection: (selected) => set({ selected }),
    setActive: (activeId) => set({ activeId }),
    async bulkUpdate(fields) {
      const { assessmentId, selected } = get();
      if (!assessmentId || selected.length === 0 || get().bulkBusy) return;
      set({ bulkBusy: true, bulkError: null });
      try {
        await get().flush();
        const { changed } = await call('assessments.bulkUpdate', {
          assessmentId,
          itemIds: selected,
          fields,
        });
        await get().refresh();
        set({ bulkBusy: false, selected: [] });
        get().showToast(i18n.t('checklist.bulk.done', { count: selected.length, changed }));
      } catch (error) {
        set({ bulkBusy: false, bulkError: toApiError(error) });
      }
    },
    async undo() {
      const { assessmentId } = get();
      if (!assessmentId || get().undoBusy) return;
      set({ undoBusy: true });
      try {
        // A pending edit is saved first, so "undo" takes back what the person did last.
        await get().flush();
        const { undone } = await call('assessments.undo', { assessmentId });
        await get().refresh();
        get().showToast(
          undone === 0
            ? i18n.t('checklist.undo.nothing')
            : i18n.t('checklist.undo.done', { count: undone }),
        );
      } catch (error) {
        get().showToast(i18n.t('checklist.undo.failed', { message: toApiError(error).message }));
      } finally {
        set({ undoBusy: false });
      }
    },
    showToast: (text) => set({ toast: { id: ++toastCounter, text } }),
    dismissToast: () => set({ toast: null }),
  };
};
