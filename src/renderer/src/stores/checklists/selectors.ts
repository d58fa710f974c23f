import type { ChecklistsStore } from './store';

export const selectSummaries = (s: ChecklistsStore) => s.summaries;
export const selectListStatus = (s: ChecklistsStore) => s.listStatus;
export const selectListError = (s: ChecklistsStore) => s.listError;
export const selectCreatePhase = (s: ChecklistsStore) => s.createPhase;
export const selectCreateError = (s: ChecklistsStore) => s.createError;
export const selectClonePhase = (s: ChecklistsStore) => s.clonePhase;
export const selectCloneError = (s: ChecklistsStore) => s.cloneError;
export const selectDownloading = (s: ChecklistsStore) => s.downloading;
export const selectDownloadError = (s: ChecklistsStore) => s.downloadError;
export const selectHighlighted = (s: ChecklistsStore) => s.highlighted;

export const selectImportPhase = (s: ChecklistsStore) => s.importPhase;
export const selectImportFileName = (s: ChecklistsStore) => s.importFileName;
export const selectPreview = (s: ChecklistsStore) => s.preview;
export const selectDecisions = (s: ChecklistsStore) => s.decisions;
export const selectImportError = (s: ChecklistsStore) => s.importError;
export const selectImportResult = (s: ChecklistsStore) => s.importResult;

export const selectComparison = (s: ChecklistsStore) => s.comparison;
export const selectCompareStatus = (s: ChecklistsStore) => s.compareStatus;
export const selectCompareError = (s: ChecklistsStore) => s.compareError;
export const selectHeatmap = (s: ChecklistsStore) => s.heatmap;
export const selectHeatmapStatus = (s: ChecklistsStore) => s.heatmapStatus;
export const selectHeatmapError = (s: ChecklistsStore) => s.heatmapError;
export const selectHeatmapIds = (s: ChecklistsStore) => s.heatmapIds;
