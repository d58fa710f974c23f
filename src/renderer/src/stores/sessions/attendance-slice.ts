import type { StateCreator } from 'zustand';
import type { ApiError } from '@shared/api/envelope';
import type { Session } from '@shared/domain/sessions';
import { call } from '@renderer/api/client';
import { toApiError } from '../load-state';
import type { SessionsStore } from './store';

export type AttendanceMark = Session['attendance'][number]['state'];
export const ATTENDANCE_MARKS: readonly AttendanceMark[] = ['present', 'partly', 'absent'];

export const markKey = (personId: string, day: string) => `${personId}|${day}`;

export function attendanceMarks(session: Session): Record<string, AttendanceMark> {
  return Object.fromEntries(session.attendance.map((a) => [markKey(a.personId, a.day), a.state]));
}

/** The next state when a cell is cycled: unmarked → present → partly → absent → present. */
export function nextMark(current: AttendanceMark | undefined): AttendanceMark {
  if (!current) return 'present';
  const index = ATTENDANCE_MARKS.indexOf(current);
  return ATTENDANCE_MARKS[(index + 1) % ATTENDANCE_MARKS.length] ?? 'present';
}

interface QueuedMark {
  personId: string;
  day: string;
  state: AttendanceMark;
}

export interface AttendanceState {
  marks: Record<string, AttendanceMark>;
  /** Marks set but not yet acknowledged by the server, by key. */
  queued: Record<string, QueuedMark>;
  attendancePhase: 'idle' | 'saving' | 'saved' | 'error';
  attendanceError: ApiError | null;
}

export interface AttendanceSlice extends AttendanceState {
  setMark(personId: string, day: string, state: AttendanceMark): void;
  markEveryone(day: string, state: AttendanceMark): void;
  /** Sends every queued mark; the next batch waits for the one in flight. */
  flushAttendance(): Promise<void>;
}

export const initialAttendanceState: AttendanceState = {
  marks: {},
  queued: {},
  attendancePhase: 'idle',
  attendanceError: null,
};

let inFlight: Promise<void> | null = null;

export const createAttendanceSlice: StateCreator<SessionsStore, [], [], AttendanceSlice> = (
  set,
  get,
) => ({
  ...initialAttendanceState,
  setMark(personId, day, state) {
    const key = markKey(personId, day);
    set({
      marks: { ...get().marks, [key]: state },
      queued: { ...get().queued, [key]: { personId, day, state } },
    });
    void get().flushAttendance();
  },
  markEveryone(day, state) {
    const session = get().session;
    if (!session) return;
    const marks = { ...get().marks };
    const queued = { ...get().queued };
    for (const p of session.participants) {
      const key = markKey(p.id, day);
      marks[key] = state;
      queued[key] = { personId: p.id, day, state };
    }
    set({ marks, queued });
    void get().flushAttendance();
  },
  async flushAttendance() {
    // One loop sends the marks in order; marks set meanwhile go in its next round.
    if (inFlight) return inFlight;
    inFlight = (async () => {
      for (;;) {
        const sessionId = get().session?.id;
        const batch = Object.values(get().queued);
        if (!sessionId || batch.length === 0) break;
        set({ queued: {}, attendancePhase: 'saving', attendanceError: null });
        try {
          await call('sessions.setAttendance', { sessionId, marks: batch });
        } catch (error) {
          // Put the batch back (newer marks win) so that "Try again" sends it.
          const failed = Object.fromEntries(batch.map((m) => [markKey(m.personId, m.day), m]));
          set({
            queued: { ...failed, ...get().queued },
            attendancePhase: 'error',
            attendanceError: toApiError(error),
          });
          return;
        }
      }
      set({ attendancePhase: 'saved' });
    })();
    try {
      await inFlight;
    } finally {
      inFlight = null;
    }
  },
});
