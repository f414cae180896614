// The user's settings in a view: loaded once, kept current when another page changes them,
// and saved through the one settings store (validated on every write).
import { t } from '@/lib/i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { loadSettings, saveSettings, watchSettings } from '@/lib/settings/settings-store';
import type { Settings } from '@/lib/settings/settings-schema';

export interface SettingsState {
  settings: Settings | null;
  error: string | null;
  /** Saves a change computed from the settings as stored at that moment. Changes run one
   *  after another: two quick clicks must not each overwrite the other's field. */
  save: (change: Partial<Settings> | ((current: Settings) => Partial<Settings>)) => Promise<void>;
}

export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadSettings().then(
      (s) => live && setSettings(s),
      (e: unknown) => live && setError(t('settings_read_error', { error: String(e) })),
    );
    const stop = watchSettings((s) => live && setSettings(s));
    return () => {
      live = false;
      stop();
    };
  }, []);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const save: SettingsState['save'] = (change) => {
    queue.current = queue.current.then(async () => {
      try {
        const patch = typeof change === 'function' ? change(await loadSettings()) : change;
        setSettings(await saveSettings(patch));
        setError(null);
      } catch (e) {
        setError(t('settings_save_error', { error: String(e) }));
      }
    });
    return queue.current;
  };
  return { settings, error, save };
}
