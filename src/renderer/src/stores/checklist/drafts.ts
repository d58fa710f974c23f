import type { ItemFields } from '@shared/domain/assessments';

/**
 * Unsaved edits survive a reload: each one is copied to sessionStorage, keyed by item id,
 * until the server has acknowledged it. Storage can be full or switched off; then the edit
 * simply lives in memory, as it would without this copy.
 */
const DRAFT_PREFIX = 'cw.checklist.draft.';
const OPEN_PREFIX = 'cw.checklist.open.';

export interface StoredDraft {
  assessmentId: string;
  itemId: string;
  fields: Partial<ItemFields>;
}

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function writeDraft(draft: StoredDraft): void {
  try {
    storage()?.setItem(DRAFT_PREFIX + draft.itemId, JSON.stringify(draft));
  } catch {
    // Quota or privacy mode: the edit is still in memory and on its way to the server.
  }
}

export function readDraft(itemId: string): StoredDraft | null {
  const text = storage()?.getItem(DRAFT_PREFIX + itemId);
  if (!text) return null;
  try {
    const draft = JSON.parse(text) as StoredDraft;
    return draft && typeof draft === 'object' && draft.fields ? draft : null;
  } catch {
    return null;
  }
}

export function removeDraft(itemId: string): void {
  storage()?.removeItem(DRAFT_PREFIX + itemId);
}

export function draftsFor(assessmentId: string): StoredDraft[] {
  const store = storage();
  if (!store) return [];
  const drafts: StoredDraft[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(DRAFT_PREFIX)) continue;
    const draft = readDraft(key.slice(DRAFT_PREFIX.length));
    if (draft?.assessmentId === assessmentId) drafts.push(draft);
  }
  return drafts;
}

/** Which item's panel was open, so a reload opens it again. */
export function rememberOpenItem(assessmentId: string, itemId: string | null): void {
  try {
    if (itemId) storage()?.setItem(OPEN_PREFIX + assessmentId, itemId);
    else storage()?.removeItem(OPEN_PREFIX + assessmentId);
  } catch {
    // Not remembering the open panel loses nothing.
  }
}

export function rememberedOpenItem(assessmentId: string): string | null {
  return storage()?.getItem(OPEN_PREFIX + assessmentId) ?? null;
}
