import type { StateCreator } from 'zustand';
import type { ApiError } from '@shared/api/envelope';
import type { EventPayload } from '@shared/api/events';
import type { PackImportResult } from '@shared/domain/packs';
import { call } from '@renderer/api/client';
import { readFileForUpload } from '@renderer/files/base64';
import { toApiError } from '../load-state';
import { contentChanged } from './content-changed';
import type { PacksStore } from './store';

export type JobPhase = 'idle' | 'running' | 'done' | 'error';

export interface ImportState {
  importPhase: JobPhase;
  importFileName: string | null;
  /** 0…1 once the server reports progress; null while it is unknown (an indeterminate bar). */
  importFraction: number | null;
  importResult: PackImportResult | null;
  importError: ApiError | null;
}

export interface ImportSlice extends ImportState {
  importPack(file: File): Promise<void>;
  receiveProgress(progress: EventPayload<'job.progress'>): void;
}

export const initialImportState: ImportState = {
  importPhase: 'idle',
  importFileName: null,
  importFraction: null,
  importResult: null,
  importError: null,
};

export const createImportSlice: StateCreator<PacksStore, [], [], ImportSlice> = (set, get) => ({
  ...initialImportState,
  async importPack(file) {
    if (get().importPhase === 'running') return;
    set({
      importPhase: 'running',
      importFileName: file.name,
      importFraction: null,
      importResult: null,
      importError: null,
    });
    try {
      const importResult = await call('packs.import', await readFileForUpload(file));
      set({ importPhase: 'done', importFraction: 1, importResult });
      contentChanged();
      await get().loadPacks();
    } catch (error) {
      set({ importPhase: 'error', importError: toApiError(error) });
    }
  },
  receiveProgress(progress) {
    if (progress.kind !== 'pack-import' || get().importPhase !== 'running') return;
    if (progress.total <= 0) return;
    const fraction = Math.min(1, progress.current / progress.total);
    set({ importFraction: Math.max(get().importFraction ?? 0, fraction) });
  },
});
