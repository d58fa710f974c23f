import type { StateCreator } from 'zustand';
import type { ApiError } from '@shared/api/envelope';
import type { HistoryEntry, ItemFields, RevertedChange } from '@shared/domain/assessments';
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
  /** An undo or redo: the toast names what changed and offers the way back. */
  replay?: { kind: 'undid' | 'redid'; changes: RevertedChange[] };
}

/** The batch of the newest edit in a history (newest first), not an undo or redo record. */
export const newestEdit = (history: readonly HistoryEntry[]): string | null =>
  history.find((h) => !/^(undo|redo):/.test(h.field) && !h.undone)?.batch ?? null;

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
  /** Edits made on this screen, newest last: Ctrl+Z takes back only these. */
  undoStack: string[];
  /** Edits undone on this screen, most recently undone last. */
  redoStack: string[];
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
  /** Records an edit made on this screen, so that undo can take it back. */
  rememberEdit(batch: string | null): void;
  undo(): Promise<void>;
  redo(): Promise<void>;
  showToast(text: string, replay?: Toast['replay']): void;
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
  undoStack: [],
  redoStack: [],
  toast: null,
};

let toastCounter = 0;

export const createViewSlice: StateCreator<ChecklistStore, [], [], ViewSlice> = (set, get) => {
  let notesRequest = 0;

  /** Takes back this screen's newest edit (undo), or applies its last undone one again (redo). */
  async function replay(direction: 'undo' | 'redo'): Promise<void> {
    const { assessmentId } = get();
    if (!assessmentId || get().undoBusy) return;
    set({ undoBusy: true });
    try {
      // A pending edit is saved first, so "undo" takes back what the person did last.
      await get().flush();
      const from = direction === 'undo' ? 'undoStack' : 'redoStack';
      const to = direction === 'undo' ? 'redoStack' : 'undoStack';
      const batch = get()[from].at(-1);
      if (!batch) {
        get().showToast(i18n.t(`checklist.${direction}.nothing`));
        return;
      }
      const { changes } = await call(`assessments.${direction}`, { assessmentId, batch });
      set({ [from]: get()[from].slice(0, -1), [to]: [...get()[to], batch] } as Partial<ViewState>);
      await get().refresh();
      if (changes.length === 0) get().showToast(i18n.t(`checklist.${direction}.nothing`));
      else get().showToast('', { kind: direction === 'undo' ? 'undid' : 'redid', changes });
    } catch (error) {
      get().showToast(
        i18n.t(`checklist.${direction}.failed`, { message: toApiError(error).message }),
      );
    } finally {
      set({ undoBusy: false });
    }
  }

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
        if (changed > 0) get().rememberEdit(newestEdit(get().history));
        set({ bulkBusy: false, selected: [] });
        get().showToast(i18n.t('checklist.bulk.done', { count: selected.length, changed }));
      } catch (error) {
        set({ bulkBusy: false, bulkError: toApiError(error) });
      }
    },
    rememberEdit(batch) {
      const { undoStack } = get();
      if (!batch || undoStack.includes(batch)) return;
      set({ undoStack: [...undoStack, batch], redoStack: [] });
    },
    undo: () => replay('undo'),
    redo: () => replay('redo'),
    showToast: (text, replay) => set({ toast: { id: ++toastCounter, text, replay } }),
    dismissToast: () => set({ toast: null }),
  };
};
