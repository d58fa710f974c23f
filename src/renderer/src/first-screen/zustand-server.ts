import { useSyncExternalStore } from 'react';
import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';

/**
 * `zustand` as the first screen's server build sees it (vite.first-screen.config.ts): a server
 * render reads each store's server snapshot, which zustand's own hook takes from the state the
 * store was created with. The server renders the state it has just seeded (seed.ts), so here
 * the snapshot is the current state. Everything else is zustand's.
 */
export function create<T>() {
  return (createState: StateCreator<T, [], []>) => {
    const api = createStore(createState);
    const current = () => api.getState();
    function useBoundStore(): T;
    function useBoundStore<U>(selector: (state: T) => U): U;
    function useBoundStore<U>(selector?: (state: T) => U) {
      const read = () => (selector ? selector(current()) : current());
      return useSyncExternalStore(api.subscribe, read, read);
    }
    return Object.assign(useBoundStore, api) as typeof useBoundStore & StoreApi<T>;
  };
}
