// The filter verdict for one listing as the page shows it: the user's rules (lib/filters) run
// on the label and the Connects advice the background has just made.
import type { Advice } from '../connects/advise';
import { filterHit } from '../filters/filter-match';
import type { Fit } from '../fit/fit';
import type { Label } from '../model/label';
import type { Listing } from '../model/listing';
import type { PillFilter } from '../model/view';
import type { Settings } from '../settings/settings-schema';
import { pillFilter } from './filter-words';
import { adviceFor } from './page-advice';

const hitOf = (listing: Listing, label: Label | null, advice: Advice | null | undefined, settings: Settings) =>
  filterHit(listing, { label, verdict: advice?.verdict ?? null, clientQuality: advice?.quality.score ?? null }, settings);

export function filterFor(listing: Listing, label: Label | null, advice: Advice | null | undefined, settings: Settings): PillFilter | null {
  return pillFilter(hitOf(listing, label, advice, settings), listing, label, settings.homeCurrency?.code ?? 'USD');
}

/** What the filters do to a listing as it is stored (for the weekly figures): the advice
 *  here has no trend yet, as when the user's rules change and pills are made again. */
export function filteredAs(listing: Listing, label: Label | null, fit: Fit | null, settings: Settings, now: number): 'fade' | 'fold' | null {
  return hitOf(listing, label, adviceFor(listing, label, null, null, fit, settings, now), settings)?.action ?? null;
}
