// The settings read as the worker starts go to the first message only, and never once the
// user changed them: every other message reads the stored settings anew.
import { describe, expect, it, vi } from 'vitest';
import { readSettingsEarly } from '@/lib/background/early-settings';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/settings-schema';
import { loadSettings, saveSettings } from '@/lib/settings/settings-store';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('readSettingsEarly', () => {
  it('gives the early read to the first reader without reading again, then reads anew', async () => {
    let n = 0;
    const load = vi.fn(async (): Promise<Settings> => ({ ...DEFAULT_SETTINGS, retentionCap: ++n }));
    const read = readSettingsEarly(load, () => () => undefined);
    expect(load).toHaveBeenCalledTimes(1);
    expect((await read()).retentionCap).toBe(1);
    expect(load).toHaveBeenCalledTimes(1);
    expect((await read()).retentionCap).toBe(2);
    expect((await read()).retentionCap).toBe(3);
  });

  it('drops the early read when the settings change before the first reader', async () => {
    let n = 0;
    let changed: (() => void) | null = null;
    const unwatch = vi.fn();
    const read = readSettingsEarly(
      async () => ({ ...DEFAULT_SETTINGS, retentionCap: ++n }),
      (callback) => ((changed = callback), unwatch),
    );
    // Watched only once the read is done (no storage listener while the worker starts).
    expect(changed).toBeNull();
    await settle();
    expect(changed).not.toBeNull();
    changed!();
    expect(unwatch).toHaveBeenCalledTimes(1);
    expect((await read()).retentionCap).toBe(2);
  });

  it('stops watching once the early read is taken', async () => {
    const unwatch = vi.fn();
    const read = readSettingsEarly(async () => DEFAULT_SETTINGS, () => unwatch);
    await settle();
    await read();
    expect(unwatch).toHaveBeenCalledTimes(1);
  });

  it('is never watched when taken before it was done', async () => {
    const watch = vi.fn(() => () => undefined);
    const read = readSettingsEarly(async () => DEFAULT_SETTINGS, watch);
    await read();
    await settle();
    expect(watch).not.toHaveBeenCalled();
  });

  it('passes a failed early read to its reader', async () => {
    const read = readSettingsEarly(() => Promise.reject(new Error('storage gone')), () => () => undefined);
    await settle();
    await expect(read()).rejects.toThrow('storage gone');
  });

  it('sees a change the user saved in extension storage after the worker started', async () => {
    await saveSettings({ language: 'en', retentionCap: 5000 });
    const read = readSettingsEarly();
    await settle();
    await saveSettings({ language: 'ur' });
    await settle();
    expect((await read()).language).toBe('ur');
    expect(await read()).toEqual(await loadSettings());
  });
});
