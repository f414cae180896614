// The one setting the page acts on itself, read straight from extension storage (no waiting
// for the background): whether GigLens is on for this site. Everything else (rules, filters,
// currency, Connects price) is applied by the background, which validates the whole settings
// record (lib/settings); the page only hears that something changed.
import type { Platform } from '../model/listing';

export interface PageSettings {
  enabled: boolean;
}

const KEY = 'settings';

/** Defensive reading of a record the background and dashboard validate: anything odd falls
 *  back to the default (on). */
export function pageSettings(raw: unknown, platform: Platform): PageSettings {
  const rec = (typeof raw === 'object' && raw !== null ? raw : {}) as { sites?: Record<string, { enabled?: unknown }> };
  return { enabled: rec.sites?.[platform]?.enabled !== false };
}

export async function loadPageSettings(platform: Platform): Promise<PageSettings> {
  const stored = await browser.storage.local.get(KEY);
  return pageSettings(stored[KEY], platform);
}

/** Calls back with the page settings and a note that any setting changed (rules included). */
export function watchPageSettings(platform: Platform, callback: (settings: PageSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) callback(pageSettings(changes[KEY]!.newValue, platform));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
