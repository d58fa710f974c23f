import { create } from 'zustand';
import type { AttemptFeedback } from '@renderer/pages/sessions/session-routes';

/** The one attempt the window is locked to while a participant answers on this computer. */
export interface QuizLock {
  sessionId: string;
  attemptId: string;
  feedback: AttemptFeedback;
}

interface QuizLockStore {
  lock: QuizLock | null;
  start(lock: QuizLock): void;
  unlock(): void;
}

// Kept in sessionStorage: a reload of this window comes back locked (F5 is no way out), while
// another window of the app, such as the presenter on the projector, is not locked with it.
const KEY = 'cw.quizLock';

function stored(): QuizLock | null {
  try {
    const value = JSON.parse(
      window.sessionStorage.getItem(KEY) ?? 'null',
    ) as Partial<QuizLock> | null;
    if (value && typeof value.sessionId === 'string' && typeof value.attemptId === 'string')
      return {
        sessionId: value.sessionId,
        attemptId: value.attemptId,
        feedback: value.feedback === 'end' ? 'end' : 'each',
      };
  } catch {
    // An unreadable entry is no lock; the window opens as usual.
  }
  return null;
}

export const useQuizLockStore = create<QuizLockStore>()((set) => ({
  lock: stored(),
  start(lock) {
    window.sessionStorage.setItem(KEY, JSON.stringify(lock));
    set({ lock });
  },
  unlock() {
    window.sessionStorage.removeItem(KEY);
    set({ lock: null });
  },
}));

export const selectQuizLock = (s: QuizLockStore) => s.lock;
