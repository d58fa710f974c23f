/** Inactivity before an edit is sent; blur, leaving the screen and closing the window send at once. */
export const AUTOSAVE_DELAY_MS = 600;

/** pending: edited, not yet sent; saving: on its way; saved; error: refused or unreachable. */
export type AutosavePhase = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface Autosave {
  /** Saves after AUTOSAVE_DELAY_MS without a further call. */
  schedule(): void;
  /** Saves now; resolves once the save (and any before it) has finished. */
  flush(): Promise<void>;
}

/**
 * Debounces one save function. Saves run one after another, so an older edit never lands after
 * a newer one; `save` itself decides whether anything is pending.
 */
export function createAutosave(save: () => Promise<unknown>): Autosave {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const flush = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    const run = queue.then(save).then(() => undefined);
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    schedule() {
      clearTimeout(timer);
      timer = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    flush,
  };
}
