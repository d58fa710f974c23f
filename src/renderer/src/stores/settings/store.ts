import { create } from 'zustand';
import type { ApiError } from '@shared/api/envelope';
import type { Settings } from '@shared/domain/settings';
import { call } from '@renderer/api/client';
import { applyLanguage, isUiLanguage } from '@renderer/i18n';
import { toApiError, type LoadStatus } from '../load-state';

export type SavePhase = 'idle' | 'saving' | 'saved' | 'error';

interface SettingsState {
  settings: Settings | null;
  loadStatus: LoadStatus;
  loadError: ApiError | null;
  savePhase: SavePhase;
  saveError: ApiError | null;
}

export interface SettingsStore extends SettingsState {
  load(): Promise<void>;
  save(changes: { userName?: string; organisation?: string; welcomed?: true }): Promise<void>;
  /** Shows the interface in a language ('' = the system's) and keeps the choice. */
  chooseLanguage(choice: string): Promise<void>;
  reset(): void;
}

const initialState: SettingsState = {
  settings: null,
  loadStatus: 'idle',
  loadError: null,
  savePhase: 'idle',
  saveError: null,
};

/** Who edits on this machine: small enough for one store without slices. */
export const useSettingsStore = create<SettingsStore>()((set, get) => ({
  ...initialState,
  async load() {
    if (get().loadStatus === 'loading') return;
    set({ loadStatus: 'loading', loadError: null });
    try {
      set({ settings: await call('settings.get', {}), loadStatus: 'ready' });
    } catch (error) {
      set({ loadStatus: 'error', loadError: toApiError(error) });
    }
  },
  async save(changes) {
    set({ savePhase: 'saving', saveError: null });
    try {
      set({ settings: await call('settings.update', changes), savePhase: 'saved' });
    } catch (error) {
      set({ savePhase: 'error', saveError: toApiError(error) });
    }
  },
  async chooseLanguage(choice) {
    // The screen switches at once; the database keeps it for the next start and other windows.
    const interfaceLanguage = isUiLanguage(choice) ? choice : '';
    await applyLanguage(interfaceLanguage);
    set({ saveError: null });
    try {
      set({ settings: await call('settings.update', { interfaceLanguage }) });
    } catch (error) {
      set({ savePhase: 'error', saveError: toApiError(error) });
    }
  },
  reset: () => set(initialState),
}));
