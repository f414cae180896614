// The Connects advice the background gives a page for an Upwork job: from the listing, its
// rate trend and its fit to the user's profile for every tile, with the user's history on job
// pages and in opened panels.
import { advise, type Advice } from '../connects/advise';
import type { ConnectsContext } from '../connects/context';
import { medianFromTrend } from '../connects/median-from-trend';
import type { GigLensDatabase } from '../db/open';
import { fitOf, type CompiledProfile, type Fit } from '../fit/fit';
import type { Label } from '../model/label';
import type { Listing } from '../model/listing';
import type { Settings } from '../settings/settings-schema';
import type { ListingTrend } from '../trends/trend-label';
import { contextFor } from './handle-outcome';

/** Page kinds where one job is the whole point: the advice reads the history at once. */
export const JOB_KINDS = new Set(['job', 'job-panel']);

/** The listing's skills against the profile (compiled once per message); null when unknown. */
export const fitIn = (listing: Listing, profile: CompiledProfile): Fit | null => fitOf(listing.skills ?? [], profile);

export function adviceFor(
  listing: Listing,
  label: Label | null,
  trend: ListingTrend | null | undefined,
  context: ConnectsContext | null,
  fit: Fit | null,
  settings: Pick<Settings, 'connectsPriceUsd'>,
  now: number,
): Advice | null {
  if (listing.platform !== 'upwork') return null;
  return advise(listing, label, {
    priceUsd: settings.connectsPriceUsd,
    median: medianFromTrend(trend),
    own: context?.own ?? null,
    fit,
    history: context?.history ?? [],
    now,
  });
}

export async function contextOrNull(db: GigLensDatabase, listing: Listing, label: Label | null, now: number): Promise<ConnectsContext | null> {
  if (listing.platform !== 'upwork') return null;
  return contextFor(db, listing, label?.category?.id ?? null, now);
}
