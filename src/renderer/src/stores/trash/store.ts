import { create } from 'zustand';
import type { ApiError } from '@shared/api/envelope';
import type { TrashEntry, TrashKind } from '@shared/domain/trash';
import { call } from '@renderer/api/client';
import { toApiError, type LoadStatus } from '../load-state';

export interface TrashStore {
  entries: TrashEntry[];
  status: LoadStatus;
  error: ApiError | null;
  /** The entry being restored or purged, and why the last such action was refused. */
  busy: string | null;
  actionError: ApiError | null;
  /** The item just moved to the trash, so the page it left can offer Undo. */
  lastMoved: { trashId: string; title: string; kind: TrashKind } | null;
  moveError: ApiError | null;
  load(): Promise<void>;
  /** Runs a domain's delete method (sessions.delete, assessments.delete, …); true when moved. */
  moveToTrash(
    kind: TrashKind,
    title: string,
    remove: () => Promise<{ trashId?: string }>,
  ): Promise<boolean>;
  restore(trashId: string): Promise<boolean>;
  purge(trashId: string): Promise<boolean>;
  dismissMoved(): void;
}

export const useTrashStore = create<TrashStore>()((set, get) => ({
  entries: [],
  status: 'idle',
  error: null,
  busy: null,
  actionError: null,
  lastMoved: null,
  moveError: null,
  async load() {
    set({ status: 'loading', error: null });
    try {
      set({ entries: await call('trash.list', {}), status: 'ready' });
    } catch (error) {
      set({ status: 'error', error: toApiError(error) });
    }
  },
  async moveToTrash(kind, title, remove) {
    set({ moveError: null });
    try {
      const { trashId } = await remove();
      set({ lastMoved: trashId ? { trashId, title, kind } : null });
      return true;
    } catch (error) {
      set({ moveError: toApiError(error) });
      return false;
    }
  },
  async restore(trashId) {
    set({ busy: trashId, actionError: null });
    try {
      await call('trash.restore', { id: trashId });
      if (get().lastMoved?.trashId === trashId) set({ lastMoved: null });
      set({ busy: null });
      await get().load();
      return true;
    } catch (error) {
      set({ busy: null, actionError: toApiError(error) });
      return false;
    }
  },
  async purge(trashId) {
    set({ busy: trashId, actionError: null });
    try {
      await call('trash.purge', { id: trashId });
      set({ busy: null });
      await get().load();
      return true;
    } catch (error) {
      set({ busy: null, actionError: toApiError(error) });
      return false;
    }
  },
  dismissMoved: () => set({ lastMoved: null }),
}));
