import type { StateCreator } from 'zustand';
import type { ApiError } from '@shared/api/envelope';
import type { ImportPreview } from '@shared/domain/exchange';
import { call } from '@renderer/api/client';
import { readFileForUpload } from '@renderer/files/base64';
import { toApiError } from '../load-state';
import type { ChecklistsStore } from './store';

export type ImportPhase = 'idle' | 'reading' | 'preview' | 'applying' | 'done' | 'error';
export type MergeChoice = 'local' | 'incoming';

export interface ExchangeState {
  importPhase: ImportPhase;
  importFileName: string | null;
  importFile: { fileName: string; contentBase64: string } | null;
  preview: ImportPreview | null;
  /** Per conflicting provision: keep this machine's version or take the file's. */
  decisions: Record<string, MergeChoice>;
  importError: ApiError | null;
  importResult: { assessmentId: string; applied: number; title: string } | null;
}

export interface ExchangeSlice extends ExchangeState {
  previewImport(file: File): Promise<void>;
  decide(provisionId: string, choice: MergeChoice): void;
  applyImport(): Promise<void>;
  cancelImport(): void;
}

export const initialExchangeState: ExchangeState = {
  importPhase: 'idle',
  importFileName: null,
  importFile: null,
  preview: null,
  decisions: {},
  importError: null,
  importResult: null,
};

export const createExchangeSlice: StateCreator<ChecklistsStore, [], [], ExchangeSlice> = (
  set,
  get,
) => ({
  ...initialExchangeState,
  async previewImport(file) {
    set({
      ...initialExchangeState,
      importPhase: 'reading',
      importFileName: file.name,
    });
    try {
      const upload = await readFileForUpload(file);
      const preview = await call('assessments.previewImport', upload);
      set({ importPhase: 'preview', importFile: upload, preview });
    } catch (error) {
      set({ importPhase: 'error', importError: toApiError(error) });
    }
  },
  decide(provisionId, choice) {
    set({ decisions: { ...get().decisions, [provisionId]: choice } });
  },
  async applyImport() {
    const { importFile, preview, decisions } = get();
    if (!importFile || !preview) return;
    set({ importPhase: 'applying', importError: null });
    try {
      const result = await call('assessments.applyImport', { file: importFile, decisions });
      set({
        importPhase: 'done',
        importFile: null,
        preview: null,
        decisions: {},
        importResult: { ...result, title: preview.title },
        highlighted: result.assessmentId,
      });
      await get().loadList();
    } catch (error) {
      // The dialog stays open with the decisions made: the person can try again or cancel.
      set({ importPhase: 'preview', importError: toApiError(error) });
    }
  },
  cancelImport: () => set(initialExchangeState),
});
