import { create } from 'zustand';
import type { ApiError } from '@shared/api/envelope';
import type { SyncConflict, SyncStatus, SyncSummary } from '@shared/domain/sync';
import { call } from '@renderer/api/client';
import { toApiError } from '../load-state';

export interface SyncProgressView {
  step: string;
  current: number;
  total: number;
}

interface SyncState {
  status: SyncStatus | null;
  error: ApiError | null;
  saving: boolean;
  syncing: boolean;
  progress: SyncProgressView | null;
  summary: SyncSummary | null;
  conflicts: SyncConflict[] | null;
  deciding: string | null;
  decideError: ApiError | null;
}

export interface SyncStore extends SyncState {
  load(): Promise<void>;
  configure(hubUrl: string, token: string): Promise<void>;
  run(): Promise<void>;
  receiveProgress(progress: SyncProgressView & { done: boolean }): void;
  openConflicts(): Promise<void>;
  closeConflicts(): void;
  decide(conflict: SyncConflict, changeId: string): Promise<void>;
}

const fieldId = (c: Pick<SyncConflict, 'checklistId' | 'provisionId' | 'field'>) =>
  `${c.checklistId}/${c.provisionId ?? ''}/${c.field}`;

/** Sync with the regional hub: its settings, a run's progress, and the conflicts to decide. */
export const useSyncStore = create<SyncStore>()((set, get) => ({
  status: null,
  error: null,
  saving: false,
  syncing: false,
  progress: null,
  summary: null,
  conflicts: null,
  deciding: null,
  decideError: null,
  async load() {
    try {
      set({ status: await call('sync.status', {}), error: null });
    } catch (error) {
      set({ error: toApiError(error) });
    }
  },
  async configure(hubUrl, token) {
    set({ saving: true, error: null });
    try {
      const status = await call('sync.configure', {
        hubUrl,
        ...(token.trim() ? { token: token.trim() } : {}),
      });
      set({ status, saving: false });
    } catch (error) {
      set({ saving: false, error: toApiError(error) });
    }
  },
  async run() {
    set({ syncing: true, error: null, progress: null, summary: null });
    let failure: ApiError | null = null;
    try {
      set({ summary: await call('sync.run', {}) });
    } catch (error) {
      failure = toApiError(error);
    }
    await get().load();
    // The status now carries the same failure as lastError; the alert shows it once.
    set({ syncing: false, progress: null, error: failure });
  },
  receiveProgress({ step, current, total, done }) {
    if (get().syncing) set({ progress: done ? null : { step, current, total } });
  },
  async openConflicts() {
    set({ decideError: null });
    try {
      set({ conflicts: await call('sync.conflicts', {}) });
    } catch (error) {
      set({ error: toApiError(error) });
    }
  },
  closeConflicts: () => set({ conflicts: null, decideError: null }),
  async decide(conflict, changeId) {
    set({ deciding: fieldId(conflict), decideError: null });
    try {
      await call('sync.decide', {
        checklistId: conflict.checklistId,
        provisionId: conflict.provisionId,
        field: conflict.field,
        changeId,
      });
    } catch (error) {
      set({ decideError: toApiError(error) });
    }
    set({ deciding: null });
    // Decided or changed on the hub meanwhile: either way show what waits now.
    set({ conflicts: await call('sync.conflicts', {}).catch(() => get().conflicts) });
    await get().load();
  },
}));

export { fieldId as conflictId };
