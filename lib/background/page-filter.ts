// The filter verdict for one listing as the page shows it: the user's rules (lib/filters) run
// on the label and the Connects advice the background has just made.
import type { Advice } from '../connects/advise';
import { filterHit } from '../filters/filter-match';
import type { Label } from '../model/label';
import type { Listing } from '../model/listing';
import type { PillFilter } from '../model/view';
import type { Settings } from '../settings/settings-schema';
import { pillFilter } from './filter-words';

export function filterFor(listing: Listing, label: Label | null, advice: Advice | null | undefined, settings: Settings): PillFilter | null {
  const hit = filterHit(
    listing,
    { label, verdict: advice?.verdict ?? null, clientQuality: advice?.quality.score ?? null },
    settings,
  );
  return pillFilter(hit, listing, label, settings.homeCurrency?.code ?? 'USD');
}
