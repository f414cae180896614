// Settings in extension storage (versioned, with migrations), read the same way everywhere.
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './settings-schema';

export const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  const { settings, problems } = readSettings(await settingsItem.getValue());
  for (const problem of problems) console.warn(`GigLens settings: ${problem}`);
  return settings;
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = readSettings({ ...(await loadSettings()), ...patch }).settings;
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((raw) => callback(readSettings(raw).settings));
}
