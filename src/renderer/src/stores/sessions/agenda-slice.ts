import type { StateCreator } from 'zustand';
import type { ApiError } from '@shared/api/envelope';
import type { AgendaItem, Session } from '@shared/domain/sessions';
import { call } from '@renderer/api/client';
import { createAutosave, type AutosavePhase } from '../autosave';
import { toApiError } from '../load-state';
import type { SessionsStore } from './store';

export type AgendaKind = AgendaItem['kind'];
export const AGENDA_KINDS: readonly AgendaKind[] = [
  'article',
  'chapter',
  'quiz',
  'break',
  'discussion',
];

/** One block as edited: a local key keeps React's identity while blocks move. */
export interface AgendaDraft extends AgendaItem {
  key: string;
}

let nextKey = 1;
const newKey = () => `block-${nextKey++}`;

export function agendaDrafts(session: Session): AgendaDraft[] {
  return session.agenda.map(({ id: _id, ...item }) => ({ ...item, key: newKey() }));
}

export interface AgendaState {
  agenda: AgendaDraft[];
  agendaDirty: boolean;
  agendaPhase: AutosavePhase;
  agendaError: ApiError | null;
}

export interface AgendaSlice extends AgendaState {
  addBlock(kind: AgendaKind): string;
  updateBlock(key: string, fields: Partial<AgendaItem>): void;
  removeBlock(key: string): void;
  /** Moves a block by delta places (−1 up, +1 down). */
  moveBlock(key: string, delta: number): void;
  /** Puts a dragged block where another one is. */
  moveBlockTo(key: string, targetKey: string): void;
  /** Sends the edited agenda now; edits are otherwise saved shortly after the last one. */
  flushAgenda(): Promise<void>;
}

export const initialAgendaState: AgendaState = {
  agenda: [],
  agendaDirty: false,
  agendaPhase: 'idle',
  agendaError: null,
};

export const createAgendaSlice: StateCreator<SessionsStore, [], [], AgendaSlice> = (set, get) => {
  const saver = createAutosave(async () => {
    const sessionId = get().session?.id;
    const agenda = get().agenda;
    if (!sessionId || !get().agendaDirty) return;
    set({ agendaPhase: 'saving', agendaError: null });
    try {
      const items = agenda.map(({ key: _key, ...item }) => ({ ...item, title: item.title.trim() }));
      await call('sessions.setAgenda', { sessionId, items });
      // Edits made while this save was on its way stay pending.
      const done = get().agenda === agenda;
      set({ agendaPhase: done ? 'saved' : 'pending', agendaDirty: !done });
    } catch (error) {
      set({ agendaPhase: 'error', agendaError: toApiError(error) });
    }
  });
  const edited = (agenda: AgendaDraft[]) => {
    set({ agenda, agendaDirty: true, agendaPhase: 'pending', agendaError: null });
    saver.schedule();
  };

  return {
    ...initialAgendaState,
    addBlock(kind) {
      const last = get().agenda.at(-1);
      const key = newKey();
      const block: AgendaDraft = {
        key,
        kind,
        ref: null,
        title: '',
        day: last?.day ?? get().session?.startDate ?? null,
        startTime: null,
        minutes: kind === 'break' ? 15 : kind === 'quiz' ? 20 : 30,
      };
      edited([...get().agenda, block]);
      return key;
    },
    updateBlock(key, fields) {
      edited(get().agenda.map((b) => (b.key === key ? { ...b, ...fields } : b)));
    },
    removeBlock(key) {
      edited(get().agenda.filter((b) => b.key !== key));
    },
    moveBlock(key, delta) {
      const agenda = [...get().agenda];
      const from = agenda.findIndex((b) => b.key === key);
      const to = from + delta;
      if (from < 0 || to < 0 || to >= agenda.length) return;
      const [block] = agenda.splice(from, 1);
      if (!block) return;
      agenda.splice(to, 0, block);
      edited(agenda);
    },
    moveBlockTo(key, targetKey) {
      const from = get().agenda.findIndex((b) => b.key === key);
      const to = get().agenda.findIndex((b) => b.key === targetKey);
      if (from < 0 || to < 0 || from === to) return;
      get().moveBlock(key, to - from);
    },
    flushAgenda: saver.flush,
  };
};
