// The Connects advice the background gives a page for an Upwork job: from the listing and its
// rate trend for every tile, with the user's history on job pages and in opened panels.
import { advise, type Advice } from '../connects/advise';
import type { ConnectsContext } from '../connects/context';
import { medianFromTrend } from '../connects/median-from-trend';
import type { GigLensDatabase } from '../db/open';
import type { Label } from '../model/label';
import type { Listing } from '../model/listing';
import type { Settings } from '../settings/settings-schema';
import type { ListingTrend } from '../trends/trend-label';
import { contextFor } from './handle-outcome';

/** Page kinds where one job is the whole point: the advice reads the history at once. */
export const JOB_KINDS = new Set(['job', 'job-panel']);

export function adviceFor(
  listing: Listing,
  label: Label | null,
  trend: ListingTrend | null | undefined,
  context: ConnectsContext | null,
  settings: Pick<Settings, 'connectsPriceUsd'>,
  now: number,
): Advice | null {
  if (listing.platform !== 'upwork') return null;
  return advise(listing, label, {
    priceUsd: settings.connectsPriceUsd,
    median: medianFromTrend(trend),
    own: context?.own ?? null,
    history: context?.history ?? [],
    now,
  });
}

export async function contextOrNull(db: GigLensDatabase, listing: Listing, label: Label | null, now: number): Promise<ConnectsContext | null> {
  if (listing.platform !== 'upwork') return null;
  return contextFor(db, listing, label?.category?.id ?? null, now);
}
