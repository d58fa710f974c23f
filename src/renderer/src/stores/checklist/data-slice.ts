import type { StateCreator } from 'zustand';
import type { ApiError } from '@shared/api/envelope';
import type { Assessment, AssessmentItem, HistoryEntry } from '@shared/domain/assessments';
import { call } from '@renderer/api/client';
import { toApiError, type LoadStatus } from '../load-state';
import { rememberedOpenItem } from './drafts';
import type { ChecklistStore } from './store';

export interface DataState {
  assessmentId: string | null;
  assessment: Assessment | null;
  /** The whole checklist's history, newest first. */
  history: HistoryEntry[];
  status: LoadStatus;
  error: ApiError | null;
}

export interface DataSlice extends DataState {
  load(id: string): Promise<void>;
  /** Asks for the checklist and its history again, after a bulk edit or an undo. */
  refresh(): Promise<void>;
  refreshHistory(): Promise<void>;
  replaceItem(item: AssessmentItem): void;
}

export const initialDataState: DataState = {
  assessmentId: null,
  assessment: null,
  history: [],
  status: 'idle',
  error: null,
};

export const createDataSlice: StateCreator<ChecklistStore, [], [], DataSlice> = (set, get) => ({
  ...initialDataState,
  async load(id) {
    if (get().assessmentId !== id) get().reset();
    set({ assessmentId: id, status: 'loading', error: null });
    try {
      const [assessment, history] = await Promise.all([
        call('assessments.get', { id }),
        call('assessments.history', { assessmentId: id }),
      ]);
      if (get().assessmentId !== id) return;
      set({ assessment, history, status: 'ready' });
      get().initExport(assessment);
      // Edits that never reached the server (a reload mid-edit) are sent now; the panel
      // that was open comes back with its draft.
      const open = rememberedOpenItem(id);
      get().saveStoredDrafts(open);
      if (open && assessment.items.some((item) => item.id === open)) get().openItem(open);
    } catch (error) {
      if (get().assessmentId === id) set({ status: 'error', error: toApiError(error) });
    }
  },
  async refresh() {
    const id = get().assessmentId;
    if (!id) return;
    try {
      const [assessment, history] = await Promise.all([
        call('assessments.get', { id }),
        call('assessments.history', { assessmentId: id }),
      ]);
      if (get().assessmentId !== id) return;
      set({ assessment, history, error: null });
      get().syncEditor();
    } catch (error) {
      set({ error: toApiError(error) });
    }
  },
  async refreshHistory() {
    const id = get().assessmentId;
    if (!id) return;
    try {
      const history = await call('assessments.history', { assessmentId: id });
      if (get().assessmentId === id) set({ history });
    } catch {
      // The history is a view: the next refresh brings it; the edit itself was saved.
    }
  },
  replaceItem(item) {
    const assessment = get().assessment;
    if (!assessment) return;
    set({
      assessment: {
        ...assessment,
        items: assessment.items.map((current) => (current.id === item.id ? item : current)),
      },
    });
  },
});
