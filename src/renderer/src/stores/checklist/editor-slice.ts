import type { StateCreator } from 'zustand';
import type { ApiError } from '@shared/api/envelope';
import type { HistoryEntry, ItemFields } from '@shared/domain/assessments';
import { call } from '@renderer/api/client';
import i18n from '@renderer/i18n';
import { AUTOSAVE_DELAY_MS } from '../autosave';
import { toApiError } from '../load-state';
import { draftsFor, readDraft, rememberOpenItem, removeDraft, writeDraft } from './drafts';
import { fieldsOf, normalise, pick, sameValue, type FieldName } from './item-fields';
import type { ChecklistStore } from './store';
import { newestEdit } from './view-slice';

// The same delay as every other autosaved form; blur, closing and switching items send at once.
export { AUTOSAVE_DELAY_MS } from '../autosave';

/** pending: edited, not yet sent; saving: on its way; saved; error: refused or unreachable. */
export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface EditorState {
  openItemId: string | null;
  /** The form's values: the item as saved plus the person's edits. */
  draft: ItemFields | null;
  /** The fields edited and not yet acknowledged by the server. */
  dirty: FieldName[];
  saveState: SaveState;
  saveError: ApiError | null;
  /** The draft was brought back from before a reload. */
  restored: boolean;
  itemHistory: HistoryEntry[];
}

export interface EditorSlice extends EditorState {
  openItem(id: string): void;
  closeItem(): void;
  edit(patch: Partial<ItemFields>): void;
  /** Sends the pending edits now; resolves once the server has answered. */
  flush(): Promise<void>;
  /** After a refresh: an open item without pending edits shows the server's values. */
  syncEditor(): void;
  saveStoredDrafts(except: string | null): void;
  stopEditor(): void;
}

export const initialEditorState: EditorState = {
  openItemId: null,
  draft: null,
  dirty: [],
  saveState: 'idle',
  saveError: null,
  restored: false,
  itemHistory: [],
};

export const createEditorSlice: StateCreator<ChecklistStore, [], [], EditorSlice> = (set, get) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Saves run one after another, so an older edit never lands after a newer one.
  let queue: Promise<unknown> = Promise.resolve();

  const cancelTimer = () => {
    clearTimeout(timer);
    timer = undefined;
  };

  const schedule = () => {
    cancelTimer();
    timer = setTimeout(() => void get().flush(), AUTOSAVE_DELAY_MS);
  };

  /** Loads the item's history; after a save, its newest edit becomes this screen's to undo. */
  async function loadItemHistory(itemId: string, saved = false) {
    const assessmentId = get().assessmentId;
    if (!assessmentId) return;
    try {
      const itemHistory = await call('assessments.history', { assessmentId, itemId });
      if (saved) get().rememberEdit(newestEdit(itemHistory));
      if (get().openItemId === itemId) set({ itemHistory });
    } catch {
      // Shown again on the next save; the whole history is on its own tab.
    }
  }

  function label(itemId: string): string {
    const item = get().assessment?.items.find((i) => i.id === itemId);
    return item ? `${item.articleNumber}(${item.paragraph})` : itemId;
  }

  async function save(itemId: string, fields: Partial<ItemFields>): Promise<void> {
    const assessmentId = get().assessmentId;
    if (!assessmentId) return;
    const mine = () => get().openItemId === itemId;
    if (mine()) set({ saveState: 'saving', saveError: null });
    try {
      const item = await call('assessments.updateItem', { assessmentId, itemId, ...fields });
      get().replaceItem(item);
      if (mine()) {
        const { draft, dirty } = get();
        const now = draft ? normalise(draft) : null;
        // Fields edited again while this save was on its way stay pending.
        const left = dirty.filter(
          (name) => !(name in fields) || !now || !sameValue(now[name], fields[name]),
        );
        if (left.length === 0) removeDraft(itemId);
        set({
          dirty: left,
          saveState: left.length === 0 ? 'saved' : 'pending',
          restored: false,
        });
      } else {
        removeDraft(itemId);
      }
      await loadItemHistory(itemId, true);
      void get().refreshHistory();
    } catch (error) {
      const apiError = toApiError(error);
      if (mine()) set({ saveState: 'error', saveError: apiError });
      else
        get().showToast(
          i18n.t('checklist.editor.notSavedElsewhere', {
            item: label(itemId),
            message: apiError.message,
          }),
        );
    }
  }

  const enqueue = (itemId: string, fields: Partial<ItemFields>): Promise<void> => {
    const run = queue.then(() => save(itemId, fields));
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    ...initialEditorState,
    openItem(id) {
      const { openItemId, assessment, assessmentId } = get();
      if (openItemId === id || !assessment || !assessmentId) return;
      void get().flush();
      const item = assessment.items.find((i) => i.id === id);
      if (!item) return;
      const stored = readDraft(id);
      const fromStorage = stored && stored.assessmentId === assessmentId ? stored.fields : null;
      const dirty = fromStorage ? (Object.keys(fromStorage) as FieldName[]) : [];
      rememberOpenItem(assessmentId, id);
      set({
        openItemId: id,
        activeId: id,
        draft: { ...fieldsOf(item), ...fromStorage },
        dirty,
        saveState: dirty.length > 0 ? 'pending' : 'idle',
        saveError: null,
        restored: dirty.length > 0,
        itemHistory: [],
      });
      if (dirty.length > 0) schedule();
      void loadItemHistory(id);
    },
    closeItem() {
      const { assessmentId } = get();
      void get().flush();
      if (assessmentId) rememberOpenItem(assessmentId, null);
      set({ ...initialEditorState });
    },
    edit(patch) {
      const { draft, dirty, openItemId, assessmentId } = get();
      if (!draft || !openItemId || !assessmentId) return;
      const next = { ...draft, ...patch };
      const names = [...new Set([...dirty, ...(Object.keys(patch) as FieldName[])])];
      writeDraft({ assessmentId, itemId: openItemId, fields: pick(next, names) });
      set({ draft: next, dirty: names, saveState: 'pending' });
      schedule();
    },
    async flush() {
      cancelTimer();
      const { draft, dirty, openItemId } = get();
      if (!draft || !openItemId || dirty.length === 0) return queue.then(() => undefined);
      return enqueue(openItemId, pick(normalise(draft), dirty));
    },
    syncEditor() {
      const { openItemId, dirty, assessment } = get();
      if (!openItemId || dirty.length > 0) return;
      const item = assessment?.items.find((i) => i.id === openItemId);
      if (item) set({ draft: fieldsOf(item) });
      void loadItemHistory(openItemId);
    },
    saveStoredDrafts(except) {
      const assessmentId = get().assessmentId;
      if (!assessmentId) return;
      for (const stored of draftsFor(assessmentId)) {
        if (stored.itemId === except) continue;
        const item = get().assessment?.items.find((i) => i.id === stored.itemId);
        if (!item) continue;
        const merged = normalise({ ...fieldsOf(item), ...stored.fields });
        void enqueue(stored.itemId, pick(merged, Object.keys(stored.fields) as FieldName[]));
      }
    },
    stopEditor() {
      // Leaving the page: what is pending is sent (the draft copy stays until it lands).
      void get().flush();
      cancelTimer();
    },
  };
};
