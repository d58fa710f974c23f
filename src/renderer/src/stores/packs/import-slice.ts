import type { StateCreator } from 'zustand';
import type { ApiError } from '@shared/api/envelope';
import type { EventPayload } from '@shared/api/events';
import type { PackImportResult } from '@shared/domain/packs';
import { call } from '@renderer/api/client';
import { readFileForUpload } from '@renderer/files/base64';
import { toApiError } from '../load-state';
import { contentChanged } from './content-changed';
import type { PacksStore } from './store';

/** cancelled: the user stopped the job (jobs.cancel); nothing was changed. */
export type JobPhase = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

export interface ImportState {
  importPhase: JobPhase;
  importFileName: string | null;
  /** 0…1 once the server reports progress; null while it is unknown (an indeterminate bar). */
  importFraction: number | null;
  importResult: PackImportResult | null;
  importError: ApiError | null;
  /** The running import's job id, from its first progress event: what Cancel sends. */
  importJobId: string | null;
  importCancelling: boolean;
}

export interface ImportSlice extends ImportState {
  importPack(file: File): Promise<void>;
  cancelImport(): Promise<void>;
  receiveProgress(progress: EventPayload<'job.progress'>): void;
}

export const initialImportState: ImportState = {
  importPhase: 'idle',
  importFileName: null,
  importFraction: null,
  importResult: null,
  importError: null,
  importJobId: null,
  importCancelling: false,
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
      importJobId: null,
      importCancelling: false,
    });
    try {
      const importResult = await call('packs.import', await readFileForUpload(file));
      set({ importPhase: 'done', importFraction: 1, importResult });
      contentChanged();
      await get().loadPacks();
    } catch (error) {
      const importError = toApiError(error);
      if (importError.code === 'CANCELLED') set({ importPhase: 'cancelled' });
      else set({ importPhase: 'error', importError });
    } finally {
      set({ importJobId: null, importCancelling: false });
    }
  },
  async cancelImport() {
    const jobId = get().importJobId;
    if (!jobId || get().importCancelling) return;
    set({ importCancelling: true });
    try {
      await call('jobs.cancel', { jobId });
    } catch {
      // NOT_FOUND: the import finished first; its own answer says how it ended.
    }
  },
  receiveProgress(progress) {
    if (progress.kind !== 'pack-import' || get().importPhase !== 'running') return;
    if (get().importJobId === null) set({ importJobId: progress.jobId });
    else if (get().importJobId !== progress.jobId) return;
    if (progress.total <= 0) return;
    const fraction = Math.min(1, progress.current / progress.total);
    set({ importFraction: Math.max(get().importFraction ?? 0, fraction) });
  },
});
