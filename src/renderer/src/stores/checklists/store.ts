import { create } from 'zustand';
import { createExchangeSlice, initialExchangeState, type ExchangeSlice } from './exchange-slice';
import { createListSlice, initialListState, type ListSlice } from './list-slice';
import { createViewsSlice, initialViewsState, type ViewsSlice } from './views-slice';

/** Everything about checklists as a set: the list, exchange files, comparison, heat map. */
export type ChecklistsStore = ListSlice & ExchangeSlice & ViewsSlice & { reset(): void };

export const useChecklistsStore = create<ChecklistsStore>()((...args) => ({
  ...createListSlice(...args),
  ...createExchangeSlice(...args),
  ...createViewsSlice(...args),
  reset: () => args[0]({ ...initialListState, ...initialExchangeState, ...initialViewsState }),
}));
