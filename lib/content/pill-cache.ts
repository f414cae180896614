// Pills of the listings this tab has shown, by page kind and listing id (the caller's key). A
// listing shown again (a feed that re-renders or virtualises its list, a search the user comes
// back to in the same tab) gets its band at once, in the frame that shows it; the background's
// reply, the same words, then changes nothing on the page, so no second frame is painted for
// it. Bounded: the last two hundred listings (a screenful re-rendered, a search come back to),
// not a morning's scroll.
import type { Pill } from '../model/view';

const LIMIT = 200;
const pills = new Map<string, Pill>();

export function cachedPill(key: string): Pill | undefined {
  return pills.get(key);
}

/** The pill now on the listing's badges (null: the background refused it, nothing to reuse). */
export function rememberPill(key: string, pill: Pill | null): void {
  pills.delete(key); // re-inserted last: the map's order is the order of use
  if (!pill) return;
  pills.set(key, pill);
  if (pills.size > LIMIT) pills.delete(pills.keys().next().value!);
}

/** The user's settings changed (rules, filters, language): every remembered pill may be wrong. */
export function forgetPills(): void {
  pills.clear();
}
