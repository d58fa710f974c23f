import { create } from 'zustand';
import { createDownloadSlice, initialDownloadState, type DownloadSlice } from './download-slice';
import { createImportSlice, initialImportState, type ImportSlice } from './import-slice';
import { createListSlice, initialListState, type ListSlice } from './list-slice';
import { createSheetSlice, initialSheetState, type SheetSlice } from './sheet-slice';

export type PacksStore = ListSlice & ImportSlice & SheetSlice & DownloadSlice & { reset(): void };

export const usePacksStore = create<PacksStore>()((...args) => ({
  ...createListSlice(...args),
  ...createImportSlice(...args),
  ...createSheetSlice(...args),
  ...createDownloadSlice(...args),
  reset: () =>
    args[0]({
      ...initialListState,
      ...initialImportState,
      ...initialSheetState,
      ...initialDownloadState,
    }),
}));
