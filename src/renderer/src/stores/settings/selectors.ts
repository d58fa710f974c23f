import type { SettingsStore } from './store';

export const selectSettings = (s: SettingsStore) => s.settings;
export const selectSettingsLoadError = (s: SettingsStore) => s.loadError;
export const selectSettingsSavePhase = (s: SettingsStore) => s.savePhase;
export const selectSettingsSaveError = (s: SettingsStore) => s.saveError;
