// "Best value per Connect": this week's Upwork jobs ranked by the Connects advisor's own
// expected-value ratio (lib/connects: chance of a hire × likely contract value ÷ Connects
// cost), with the category medians taken from the same history the popup summarises.
import type { StoredListing } from '../db/schema';
import { advise } from '../connects/advise';
import type { CategoryMedian } from '../connects/inputs';
import type { Verdict } from '../connects/model';
import type { Fit } from '../fit/fit';
import type { UpworkTopCategory } from '../model/label';
import { topCategoryOf } from './category';
import { medianPayByCategory } from './series';

export interface ConnectsBet {
  listing: StoredListing;
  verdict: Verdict;
  /** Expected dollars back per dollar of Connects. */
  ratio: number;
  connects: number;
  costUsd: number;
  /** The page did not state the Connects: the advisor's usual figure was assumed. */
  assumed: boolean;
}

function mediansByCategory(history: readonly StoredListing[]): Map<UpworkTopCategory, CategoryMedian> {
  const jobs = history.filter((l) => l.platform === 'upwork');
  const out = new Map<UpworkTopCategory, CategoryMedian>();
  for (const c of medianPayByCategory(jobs, 'hourly')) out.set(c.category, { hourlyUsd: c.median, fixedUsd: null });
  for (const c of medianPayByCategory(jobs, 'fixed')) out.set(c.category, { hourlyUsd: out.get(c.category)?.hourlyUsd ?? null, fixedUsd: c.median });
  return out;
}

/** `history`: the listings the category medians come from, or the medians themselves (the
 *  popup reads them from the weekly pay histograms: lib/insights/weekly-figures.ts).
 *  `opts.fit`: each job's fit to the user's profile (lib/fit/fit.ts), passed in so this module
 *  does not carry the skill synonym table to every page that ranks jobs; without it, unknown. */
export function bestConnectsValue(
  candidates: readonly StoredListing[],
  history: readonly StoredListing[] | Map<UpworkTopCategory, CategoryMedian>,
  opts: { priceUsd: number; now: number; fit?: (listing: StoredListing) => Fit | null },
  limit = 3,
): ConnectsBet[] {
  const medians = history instanceof Map ? history : mediansByCategory(history);
  return candidates
    .filter((l) => l.platform === 'upwork')
    .map((listing) => {
      const category = topCategoryOf(listing);
      const median = category ? (medians.get(category) ?? null) : null;
      const advice = advise(listing, listing.label, { priceUsd: opts.priceUsd, median, own: null, fit: opts.fit?.(listing) ?? null, history: [], now: opts.now });
      return { listing, verdict: advice.verdict, ratio: advice.estimate.ratio, connects: advice.cost.connects, costUsd: advice.cost.usd, assumed: advice.cost.assumed };
    })
    .sort((a, b) => b.ratio - a.ratio || b.listing.lastSeenAt - a.listing.lastSeenAt)
    .slice(0, limit);
}
