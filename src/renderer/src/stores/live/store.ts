import { create } from 'zustand';
import type { Input, Output } from '@shared/api/contract';
import type { ApiError } from '@shared/api/envelope';
import type { LiveRoomOptions, NetworkInterface, RoomView } from '@shared/live/facilitator';
import { bridge, call } from '@renderer/api/client';
import { toApiError } from '../load-state';

type RoomSummary = Output<'live.list'>[number];
type ControlAction = Input<'live.control'>['action'];

export interface LiveState {
  interfaces: NetworkInterface[];
  rooms: RoomSummary[];
  room: RoomView | null;
  busy: boolean;
  error: ApiError | null;
}

export interface LiveStore extends LiveState {
  loadSetup(filter: { sessionId?: string; assessmentId?: string }): Promise<void>;
  open(input: Input<'live.open'>): Promise<RoomView | null>;
  reopen(roomId: string, host: string, port: number): Promise<RoomView | null>;
  watch(roomId: string): () => void;
  control(action: ControlAction): Promise<void>;
  setOptions(options: LiveRoomOptions): Promise<void>;
  approve(participantId: string, approve: boolean, country?: string): Promise<void>;
  poll(prompt: string, type: 'choice' | 'words', options: string[]): Promise<boolean>;
  voteItem(itemId: string): Promise<void>;
  adopt(itemId: string, result: Input<'live.adopt'>['result']): Promise<void>;
  close(): Promise<void>;
  /** Requests the room's join address from this machine; null when the request itself failed. */
  selfTest(): Promise<Output<'live.selfTest'> | null>;
  clearError(): void;
  reset(): void;
}

const initialLiveState: LiveState = {
  interfaces: [],
  rooms: [],
  room: null,
  busy: false,
  error: null,
};

/** The facilitator's side of a live room: the room as the core sees it, refreshed on its events. */
export const useLiveStore = create<LiveStore>()((set, get) => {
  /** Runs one facilitator action; the room it returns replaces ours. */
  async function act(run: () => Promise<RoomView>): Promise<RoomView | null> {
    set({ busy: true, error: null });
    try {
      const room = await run();
      set({ room, busy: false });
      return room;
    } catch (error) {
      set({ busy: false, error: toApiError(error) });
      return null;
    }
  }
  const roomId = () => get().room?.id ?? '';

  return {
    ...initialLiveState,

    async loadSetup(filter) {
      try {
        const [interfaces, rooms] = await Promise.all([
          call('live.interfaces', {}),
          call('live.list', filter),
        ]);
        set({ interfaces, rooms });
      } catch (error) {
        set({ error: toApiError(error) });
      }
    },

    open: (input) => act(() => call('live.open', input)),
    reopen: (id, host, port) => act(() => call('live.reopen', { roomId: id, host, port })),

    watch(id) {
      let pending = false;
      let again = false;
      const refresh = async () => {
        if (pending) {
          again = true;
          return;
        }
        pending = true;
        try {
          set({ room: await call('live.state', { roomId: id }) });
        } catch (error) {
          set({ error: toApiError(error) });
        } finally {
          pending = false;
          if (again) {
            again = false;
            void refresh();
          }
        }
      };
      void refresh();
      const stop = bridge.onEvent((event) => {
        if (event.name === 'live.changed' && event.payload.roomId === id) void refresh();
      });
      // The countdown is the server's; a slow tick keeps the shown remaining time honest.
      const timer = setInterval(() => {
        const c = get().room?.cursor;
        if (c?.kind === 'question' && c.phase === 'open' && c.deadline !== null) void refresh();
      }, 1000);
      return () => {
        stop();
        clearInterval(timer);
      };
    },

    async control(action) {
      await act(() => call('live.control', { roomId: roomId(), action }));
    },
    async setOptions(options) {
      await act(() => call('live.setOptions', { roomId: roomId(), options }));
    },
    async approve(participantId, approve, country) {
      await act(() =>
        call('live.approve', {
          roomId: roomId(),
          participantId,
          approve,
          ...(country ? { country } : {}),
        }),
      );
    },
    async poll(prompt, type, options) {
      return (
        (await act(() => call('live.poll', { roomId: roomId(), prompt, type, options }))) !== null
      );
    },
    async voteItem(itemId) {
      await act(() => call('live.voteItem', { roomId: roomId(), itemId }));
    },
    async adopt(itemId, result) {
      await act(() => call('live.adopt', { roomId: roomId(), itemId, result }));
    },
    async close() {
      const id = roomId();
      set({ busy: true });
      try {
        await call('live.close', { roomId: id });
        set({
          room: get().room ? { ...get().room!, open: false, joinUrl: null } : null,
          busy: false,
        });
      } catch (error) {
        set({ busy: false, error: toApiError(error) });
      }
    },
    async selfTest() {
      try {
        return await call('live.selfTest', { roomId: roomId() });
      } catch (error) {
        set({ error: toApiError(error) });
        return null;
      }
    },
    clearError: () => set({ error: null }),
    reset: () => set(initialLiveState),
  };
});

export const selectRoom = (s: LiveStore) => s.room;
export const selectLiveError = (s: LiveStore) => s.error;
export const selectLiveBusy = (s: LiveStore) => s.busy;
export const selectInterfaces = (s: LiveStore) => s.interfaces;
export const selectRooms = (s: LiveStore) => s.rooms;
