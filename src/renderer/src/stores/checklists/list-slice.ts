import type { StateCreator } from 'zustand';
import type { Input } from '@shared/api/contract';
import type { ApiError } from '@shared/api/envelope';
import type { AssessmentSummary } from '@shared/domain/assessments';
import { call } from '@renderer/api/client';
import { offerDownload } from '@renderer/files/download';
import { toApiError } from '../load-state';
import { loadListInto, type ListLoadState } from '../load-list';
import type { ChecklistsStore } from './store';

export type CreateInput = Input<'assessments.create'>;
export type WritePhase = 'idle' | 'saving' | 'error';

export interface ListState extends ListLoadState {
  summaries: AssessmentSummary[];
  createPhase: WritePhase;
  createError: ApiError | null;
  clonePhase: WritePhase;
  cloneError: ApiError | null;
  /** The checklist whose file is being prepared. */
  downloading: string | null;
  downloadError: ApiError | null;
  /** The row to point out after it was added (a new checklist or a new cycle). */
  highlighted: string | null;
}

export interface ListSlice extends ListState {
  loadList(): Promise<void>;
  /** Resolves to the new checklist's id, or null when the server refused (see createError). */
  createChecklist(input: CreateInput): Promise<string | null>;
  cloneChecklist(id: string, title: string, date?: string): Promise<string | null>;
  downloadFile(id: string): Promise<void>;
  clearWriteErrors(): void;
}

export const initialListState: ListState = {
  summaries: [],
  listStatus: 'idle',
  listError: null,
  createPhase: 'idle',
  createError: null,
  clonePhase: 'idle',
  cloneError: null,
  downloading: null,
  downloadError: null,
  highlighted: null,
};

export const createListSlice: StateCreator<ChecklistsStore, [], [], ListSlice> = (set, get) => ({
  ...initialListState,
  loadList: () => loadListInto(set, 'summaries', () => call('assessments.list', {})),
  async createChecklist(input) {
    set({ createPhase: 'saving', createError: null });
    try {
      const { id } = await call('assessments.create', input);
      set({ createPhase: 'idle', highlighted: id });
      await get().loadList();
      return id;
    } catch (error) {
      set({ createPhase: 'error', createError: toApiError(error) });
      return null;
    }
  },
  async cloneChecklist(id, title, date) {
    set({ clonePhase: 'saving', cloneError: null });
    try {
      const created = await call('assessments.clone', { id, title, ...(date ? { date } : {}) });
      set({ clonePhase: 'idle', highlighted: created.id });
      await get().loadList();
      return created.id;
    } catch (error) {
      set({ clonePhase: 'error', cloneError: toApiError(error) });
      return null;
    }
  },
  async downloadFile(id) {
    if (get().downloading) return;
    set({ downloading: id, downloadError: null });
    try {
      offerDownload(await call('assessments.downloadFile', { id }));
      set({ downloading: null });
    } catch (error) {
      set({ downloading: null, downloadError: toApiError(error) });
    }
  },
  clearWriteErrors: () =>
    set({ createPhase: 'idle', createError: null, clonePhase: 'idle', cloneError: null }),
});
