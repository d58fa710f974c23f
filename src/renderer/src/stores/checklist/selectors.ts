import type { ChecklistStore } from './store';

export const selectAssessment = (s: ChecklistStore) => s.assessment;
export const selectHistory = (s: ChecklistStore) => s.history;
export const selectStatus = (s: ChecklistStore) => s.status;
export const selectError = (s: ChecklistStore) => s.error;

export const selectTab = (s: ChecklistStore) => s.tab;
export const selectFilters = (s: ChecklistStore) => s.filters;
export const selectSort = (s: ChecklistStore) => s.sort;
export const selectNotesQuery = (s: ChecklistStore) => s.notesQuery;
export const selectNoteMatches = (s: ChecklistStore) => s.noteMatches;
export const selectNotesError = (s: ChecklistStore) => s.notesError;
export const selectSelected = (s: ChecklistStore) => s.selected;
export const selectActiveId = (s: ChecklistStore) => s.activeId;
export const selectBulkBusy = (s: ChecklistStore) => s.bulkBusy;
export const selectBulkError = (s: ChecklistStore) => s.bulkError;
export const selectUndoBusy = (s: ChecklistStore) => s.undoBusy;
export const selectToast = (s: ChecklistStore) => s.toast;

export const selectOpenItemId = (s: ChecklistStore) => s.openItemId;
export const selectOpenItem = (s: ChecklistStore) =>
  s.openItemId ? (s.assessment?.items.find((i) => i.id === s.openItemId) ?? null) : null;
export const selectDraft = (s: ChecklistStore) => s.draft;
export const selectSaveState = (s: ChecklistStore) => s.saveState;
export const selectSaveError = (s: ChecklistStore) => s.saveError;
export const selectRestored = (s: ChecklistStore) => s.restored;
export const selectItemHistory = (s: ChecklistStore) => s.itemHistory;

export const selectFormat = (s: ChecklistStore) => s.format;
export const selectSections = (s: ChecklistStore) => s.sections;
export const selectFullDetail = (s: ChecklistStore) => s.fullDetail;
export const selectOrganisation = (s: ChecklistStore) => s.organisation;
export const selectLogo = (s: ChecklistStore) => s.logo;
export const selectLogoError = (s: ChecklistStore) => s.logoError;
export const selectLanguage = (s: ChecklistStore) => s.language;
export const selectUseFilters = (s: ChecklistStore) => s.useFilters;
export const selectExportPhase = (s: ChecklistStore) => s.exportPhase;
export const selectExportJobId = (s: ChecklistStore) => s.exportJobId;
export const selectExportCancelling = (s: ChecklistStore) => s.exportCancelling;
export const selectExportFraction = (s: ChecklistStore) => s.exportFraction;
export const selectExportError = (s: ChecklistStore) => s.exportError;
export const selectExportedFile = (s: ChecklistStore) => s.exportedFile;
