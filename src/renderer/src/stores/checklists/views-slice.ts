import type { StateCreator } from 'zustand';
import type { ApiError } from '@shared/api/envelope';
import type { Comparison, Heatmap } from '@shared/assessments/views';
import { call } from '@renderer/api/client';
import { toApiError, type LoadStatus } from '../load-state';
import type { ChecklistsStore } from './store';

export interface ViewsState {
  comparison: Comparison | null;
  compareStatus: LoadStatus;
  compareError: ApiError | null;
  heatmap: Heatmap | null;
  heatmapStatus: LoadStatus;
  heatmapError: ApiError | null;
  /** The checklists on the heat map; null means every checklist. */
  heatmapIds: string[] | null;
}

export interface ViewsSlice extends ViewsState {
  compare(baseId: string, otherId: string): Promise<void>;
  clearComparison(): void;
  loadHeatmap(): Promise<void>;
  setHeatmapIds(ids: string[]): Promise<void>;
}

export const initialViewsState: ViewsState = {
  comparison: null,
  compareStatus: 'idle',
  compareError: null,
  heatmap: null,
  heatmapStatus: 'idle',
  heatmapError: null,
  heatmapIds: null,
};

export const createViewsSlice: StateCreator<ChecklistsStore, [], [], ViewsSlice> = (set, get) => {
  let heatmapRequest = 0;
  let compareRequest = 0;
  return {
    ...initialViewsState,
    async compare(baseId, otherId) {
      const request = ++compareRequest;
      set({ compareStatus: 'loading', compareError: null });
      try {
        const comparison = await call('assessments.compare', { baseId, otherId });
        if (request === compareRequest) set({ comparison, compareStatus: 'ready' });
      } catch (error) {
        if (request === compareRequest)
          set({ comparison: null, compareStatus: 'error', compareError: toApiError(error) });
      }
    },
    clearComparison: () => {
      compareRequest++;
      set({ comparison: null, compareStatus: 'idle', compareError: null });
    },
    async loadHeatmap() {
      const request = ++heatmapRequest;
      const ids = get().heatmapIds;
      set({ heatmapStatus: 'loading', heatmapError: null });
      try {
        const heatmap = await call('assessments.heatmap', ids ? { ids } : {});
        if (request === heatmapRequest) set({ heatmap, heatmapStatus: 'ready' });
      } catch (error) {
        if (request === heatmapRequest)
          set({ heatmapStatus: 'error', heatmapError: toApiError(error) });
      }
    },
    async setHeatmapIds(ids) {
      set({ heatmapIds: ids });
      await get().loadHeatmap();
    },
  };
};
