import { create } from 'zustand';
import type { ApiError } from '@shared/api/envelope';
import type { TrashEntry, TrashKind } from '@shared/domain/trash';
import { call } from '@renderer/api/client';
import { toApiError } from '../load-state';
import { loadListInto, type ListLoadState } from '../load-list';

export interface TrashStore extends ListLoadState {
  entries: TrashEntry[];
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

export const useTrashStore = create<TrashStore>()((set, get) => {
  /** Restores or purges one entry, then reloads the list; false, with actionError, if refused. */
  async function changeEntry(trashId: string, change: () => Promise<unknown>): Promise<boolean> {
    set({ busy: trashId, actionError: null });
    try {
      await change();
      set({ busy: null });
      await get().load();
      return true;
    } catch (error) {
      set({ busy: null, actionError: toApiError(error) });
      return false;
    }
  }

  return {
    entries: [],
    listStatus: 'idle',
    listError: null,
    busy: null,
    actionError: null,
    lastMoved: null,
    moveError: null,
    load: () => loadListInto(set, 'entries', () => call('trash.list', {})),
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
    restore: (trashId) =>
      changeEntry(trashId, async () => {
        await call('trash.restore', { id: trashId });
        // Restored: the Undo offered for it has nothing left to undo.
        if (get().lastMoved?.trashId === trashId) set({ lastMoved: null });
      }),
    purge: (trashId) => changeEntry(trashId, () => call('trash.purge', { id: trashId })),
    dismissMoved: () => set({ lastMoved: null }),
  };
});
