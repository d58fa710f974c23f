import { create } from 'zustand';
import { createDataSlice, initialDataState, type DataSlice } from './data-slice';
import { createEditorSlice, initialEditorState, type EditorSlice } from './editor-slice';
import { createExportSlice, initialExportState, type ExportSlice } from './export-slice';
import { createViewSlice, initialViewState, type ViewSlice } from './view-slice';

/** The open checklist: its data, the Items tab's view, the item editor, the export form. */
export type ChecklistStore = DataSlice & ViewSlice & EditorSlice & ExportSlice & { reset(): void };

export const useChecklistStore = create<ChecklistStore>()((...args) => ({
  ...createDataSlice(...args),
  ...createViewSlice(...args),
  ...createEditorSlice(...args),
  ...createExportSlice(...args),
  reset: () => {
    args[1]().stopEditor();
    args[0]({
      ...initialDataState,
      ...initialViewState,
      ...initialEditorState,
      ...initialExportState,
    });
  },
}));
