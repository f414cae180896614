// The settings a woken service worker's first message is answered with, read as the worker
// starts: the storage round trip then overlaps the port's arrival instead of delaying the
// first tile's pills (issue 12: the band within 150 ms of a tile, even on a stopped worker).
// Only the first reader takes this early read, and a change to the stored settings before
// then drops it: every other read is a fresh one, as before.
import type { Settings } from '../settings/settings-schema';
import { loadSettings, settingsItem } from '../settings/settings-store';

type Load = () => Promise<Settings>;
type Watch = (changed: () => void) => () => void;

/** Starts a read now; the returned function gives it to its first caller, then reads anew. */
export function readSettingsEarly(load: Load = loadSettings, watch: Watch = (changed) => settingsItem.watch(changed)): Load {
  let early: Promise<Settings> | null = load();
  let unwatch: (() => void) | null = null;
  const drop = () => {
    early = null;
    unwatch?.();
    unwatch = null;
  };
  // Watched once read, not from the start: a storage listener added while the worker starts
  // would have the browser wake the worker for every change to the extension's storage. A
  // failed read is its reader's to report, as before.
  early.then(() => void (early && (unwatch = watch(drop))), () => undefined);
  return () => {
    const taken = early;
    drop();
    return taken ?? load();
  };
}
