import { create } from 'zustand';
import { createAgendaSlice, initialAgendaState, type AgendaSlice } from './agenda-slice';
import {
  createAttendanceSlice,
  initialAttendanceState,
  type AttendanceSlice,
} from './attendance-slice';
import { createBuilderSlice, initialBuilderState, type BuilderSlice } from './builder-slice';
import { createListSlice, initialListState, type ListSlice } from './list-slice';
import { createOutputsSlice, initialOutputsState, type OutputsSlice } from './outputs-slice';
import { createRegisterSlice, initialRegisterState, type RegisterSlice } from './register-slice';
import { createResultsSlice, initialResultsState, type ResultsSlice } from './results-slice';
import { createWorkshopSlice, initialWorkshopState, type WorkshopSlice } from './workshop-slice';

/** Workshops: the list, and the open workshop with its register, attendance, agenda and outputs. */
export type SessionsStore = ListSlice &
  WorkshopSlice &
  RegisterSlice &
  AttendanceSlice &
  AgendaSlice &
  BuilderSlice &
  ResultsSlice &
  OutputsSlice & { reset(): void };

export const useSessionsStore = create<SessionsStore>()((...args) => ({
  ...createListSlice(...args),
  ...createWorkshopSlice(...args),
  ...createRegisterSlice(...args),
  ...createAttendanceSlice(...args),
  ...createAgendaSlice(...args),
  ...createBuilderSlice(...args),
  ...createResultsSlice(...args),
  ...createOutputsSlice(...args),
  reset: () =>
    args[0]({
      ...initialWorkshopState,
      ...initialRegisterState,
      ...initialAttendanceState,
      ...initialAgendaState,
      ...initialBuilderState,
      ...initialResultsState,
      ...initialOutputsState,
      // The list survives leaving a workshop: going back shows it at once.
      summaries: args[1]().summaries,
      listStatus: args[1]().listStatus,
      listError: null,
      createPhase: 'idle',
      createError: null,
    }),
}));

export const resetSessionsStore = () => {
  useSessionsStore.getState().reset();
  useSessionsStore.setState(initialListState);
};
