// The trends of a batch of stored listings, for the background's reply: one read of each
// category's aggregates over both windows, shared by every listing of that category.
import type { GigLensDatabase } from '../db/open';
import { scopeWeeks } from '../db/aggregates';
import type { StoredListing } from '../db/schema';
import { listingKey } from '../model/listing';
import { categoryScope } from './contribution';
import { listingTrend, type ListingTrend } from './trend-label';
import { trendWindows } from './weeks';

export async function trendsFor(
  db: GigLensDatabase,
  listings: readonly StoredListing[],
  nowMs: number,
): Promise<Map<string, ListingTrend>> {
  const w = trendWindows(nowMs);
  const scopes = [
    ...new Set(listings.flatMap((l) => (l.label?.category ? [categoryScope(l.label.category.id)] : []))),
  ];
  const records = await scopeWeeks(db, scopes, w.beforeFrom, w.nowTo);
  return new Map(
    listings.map((l) => {
      const scope = l.label?.category ? categoryScope(l.label.category.id) : null;
      return [listingKey(l), listingTrend(l, (scope && records.get(scope)) || [], nowMs)];
    }),
  );
}
