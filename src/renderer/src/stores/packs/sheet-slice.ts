import type { StateCreator } from 'zustand';
import type { ApiError } from '@shared/api/envelope';
import type { QuestionSheetResult } from '@shared/domain/packs';
import { call } from '@renderer/api/client';
import { readFileForUpload } from '@renderer/files/base64';
import { toApiError } from '../load-state';
import { contentChanged } from './content-changed';
import type { JobPhase } from './import-slice';
import type { PacksStore } from './store';

export interface SheetState {
  sheetPhase: JobPhase;
  sheetFileName: string | null;
  /** ok: the questions went in; not ok: the rows to fix, and nothing was imported. */
  sheetResult: QuestionSheetResult | null;
  sheetError: ApiError | null;
}

export interface SheetSlice extends SheetState {
  importSheet(file: File): Promise<void>;
}

export const initialSheetState: SheetState = {
  sheetPhase: 'idle',
  sheetFileName: null,
  sheetResult: null,
  sheetError: null,
};

export const createSheetSlice: StateCreator<PacksStore, [], [], SheetSlice> = (set, get) => ({
  ...initialSheetState,
  async importSheet(file) {
    if (get().sheetPhase === 'running') return;
    set({ sheetPhase: 'running', sheetFileName: file.name, sheetResult: null, sheetError: null });
    try {
      const sheetResult = await call('packs.importQuestions', await readFileForUpload(file));
      set({ sheetPhase: 'done', sheetResult });
      if (sheetResult.ok) {
        contentChanged();
        await get().loadPacks();
      }
    } catch (error) {
      set({ sheetPhase: 'error', sheetError: toApiError(error) });
    }
  },
});
