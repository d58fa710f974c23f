import type { StateCreator } from 'zustand';
import type { Input } from '@shared/api/contract';
import type { ApiError } from '@shared/api/envelope';
import type { Session } from '@shared/domain/sessions';
import type { QuizSummary } from '@shared/domain/packs';
import { call } from '@renderer/api/client';
import { createAutosave, type AutosavePhase } from '../autosave';
import { toApiError, type LoadStatus } from '../load-state';
import { agendaDrafts } from './agenda-slice';
import { attendanceMarks } from './attendance-slice';
import type { SessionsStore } from './store';

export type SessionUpdate = Input<'sessions.update'>['fields'];

export interface WorkshopState {
  session: Session | null;
  sessionStatus: LoadStatus;
  sessionError: ApiError | null;
  updatePhase: AutosavePhase;
  updateError: ApiError | null;
  /** Overview edits not yet acknowledged by the server (autosaved; see editOverview). */
  overviewEdits: SessionUpdate | null;
  quizzes: QuizSummary[];
  quizzesStatus: LoadStatus;
  quizzesError: ApiError | null;
  startPhase: 'idle' | 'saving' | 'error';
  startError: ApiError | null;
}

export interface WorkshopSlice extends WorkshopState {
  /** Loads a workshop; the register, attendance and agenda views start from it. */
  load(id: string): Promise<void>;
  /** Reads the workshop again after a change elsewhere (participants added or merged). */
  refresh(): Promise<void>;
  /** Records the Overview form's fields; they are saved shortly after the last edit. */
  editOverview(fields: SessionUpdate): void;
  /** Sends pending Overview and Agenda edits now (leaving a tab, the page or the window). */
  flushEdits(): Promise<void>;
  loadQuizzes(): Promise<void>;
  /** Starts a quiz attempt for one participant; resolves to its id, or null (see startError). */
  startAttempt(participantId: string, quizId: string): Promise<string | null>;
}

export const initialWorkshopState: WorkshopState = {
  session: null,
  sessionStatus: 'idle',
  sessionError: null,
  updatePhase: 'idle',
  updateError: null,
  overviewEdits: null,
  quizzes: [],
  quizzesStatus: 'idle',
  quizzesError: null,
  startPhase: 'idle',
  startError: null,
};

export const createWorkshopSlice: StateCreator<SessionsStore, [], [], WorkshopSlice> = (
  set,
  get,
) => {
  const overviewSaver = createAutosave(async () => {
    const current = get().session;
    const fields = get().overviewEdits;
    if (!current || !fields) return;
    set({ updatePhase: 'saving', updateError: null });
    try {
      const session = await call('sessions.update', { id: current.id, fields });
      // Edits made while this save was on its way stay pending.
      const later = get().overviewEdits;
      const done = later === fields;
      set({
        session: get().session?.id === session.id ? session : get().session,
        overviewEdits: done ? null : later,
        updatePhase: done ? 'saved' : 'pending',
      });
    } catch (error) {
      set({ updatePhase: 'error', updateError: toApiError(error) });
    }
  });

  return {
    ...initialWorkshopState,
    editOverview(fields) {
      set({ overviewEdits: fields, updatePhase: 'pending', updateError: null });
      overviewSaver.schedule();
    },
    async flushEdits() {
      await Promise.all([overviewSaver.flush(), get().flushAgenda()]);
    },
    async load(id) {
      if (get().session?.id !== id) {
        await get().flushEdits();
        get().reset();
      }
      set({ sessionStatus: 'loading', sessionError: null });
      try {
        const session = await call('sessions.get', { id });
        set({
          session,
          sessionStatus: 'ready',
          marks: attendanceMarks(session),
          agenda: agendaDrafts(session),
          agendaDirty: false,
        });
      } catch (error) {
        set({ sessionStatus: 'error', sessionError: toApiError(error) });
      }
    },
    async refresh() {
      const current = get().session;
      if (!current) return;
      try {
        const session = await call('sessions.get', { id: current.id });
        // The marks being saved stay as the facilitator set them; the agenda draft stays too.
        set({ session, marks: { ...attendanceMarks(session), ...get().marks } });
      } catch (error) {
        set({ sessionError: toApiError(error) });
      }
    },
    async loadQuizzes() {
      set({ quizzesStatus: 'loading', quizzesError: null });
      try {
        set({ quizzes: await call('quizzes.list', {}), quizzesStatus: 'ready' });
      } catch (error) {
        set({ quizzesStatus: 'error', quizzesError: toApiError(error) });
      }
    },
    async startAttempt(participantId, quizId) {
      const sessionId = get().session?.id;
      if (!sessionId) return null;
      set({ startPhase: 'saving', startError: null });
      try {
        const attempt = await call('attempts.start', { sessionId, participantId, quizId });
        set({ startPhase: 'idle' });
        return attempt.id;
      } catch (error) {
        set({ startPhase: 'error', startError: toApiError(error) });
        return null;
      }
    },
  };
};
