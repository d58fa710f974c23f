import type { DownloadKey } from './download-slice';
import type { PacksStore } from './store';

export const selectPacks = (s: PacksStore) => s.packs;
export const selectListStatus = (s: PacksStore) => s.listStatus;
export const selectListError = (s: PacksStore) => s.listError;

export const selectImportPhase = (s: PacksStore) => s.importPhase;
export const selectImportFileName = (s: PacksStore) => s.importFileName;
export const selectImportFraction = (s: PacksStore) => s.importFraction;
export const selectImportJobId = (s: PacksStore) => s.importJobId;
export const selectImportCancelling = (s: PacksStore) => s.importCancelling;
export const selectImportResult = (s: PacksStore) => s.importResult;
export const selectImportError = (s: PacksStore) => s.importError;

export const selectSheetPhase = (s: PacksStore) => s.sheetPhase;
export const selectSheetFileName = (s: PacksStore) => s.sheetFileName;
export const selectSheetResult = (s: PacksStore) => s.sheetResult;
export const selectSheetError = (s: PacksStore) => s.sheetError;

export const selectDownloading = (s: PacksStore) => s.downloading;
export const selectIsDownloading = (key: DownloadKey) => (s: PacksStore) => s.downloading === key;
export const selectDownloadError = (s: PacksStore) => s.downloadError;
