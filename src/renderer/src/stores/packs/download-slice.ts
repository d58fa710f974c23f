import type { StateCreator } from 'zustand';
import type { Output } from '@shared/api/contract';
import type { ApiError } from '@shared/api/envelope';
import { call } from '@renderer/api/client';
import { offerDownload } from '@renderer/files/download';
import { toApiError } from '../load-state';
import type { PacksStore } from './store';

type FileContent = Output<'packs.download'>;
export type TemplateFormat = 'xlsx' | 'csv';
/** Which download is being prepared: 'pack:<id>' or 'template:<format>'. */
export type DownloadKey = `pack:${string}` | `template:${TemplateFormat}`;

export interface DownloadState {
  downloading: DownloadKey | null;
  downloadError: ApiError | null;
}

export interface DownloadSlice extends DownloadState {
  downloadPack(id: string): Promise<void>;
  downloadTemplate(format: TemplateFormat): Promise<void>;
}

export const initialDownloadState: DownloadState = { downloading: null, downloadError: null };

export const createDownloadSlice: StateCreator<PacksStore, [], [], DownloadSlice> = (set, get) => {
  async function run(key: DownloadKey, fetchFile: () => Promise<FileContent>) {
    if (get().downloading) return;
    set({ downloading: key, downloadError: null });
    try {
      offerDownload(await fetchFile());
      set({ downloading: null });
    } catch (error) {
      set({ downloading: null, downloadError: toApiError(error) });
    }
  }
  return {
    ...initialDownloadState,
    downloadPack: (id) => run(`pack:${id}`, () => call('packs.download', { id })),
    downloadTemplate: (format) =>
      run(`template:${format}`, () => call('packs.questionTemplate', { format })),
  };
};
