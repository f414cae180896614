// The popup's figures over several weeks (sparklines, the pay peers of best bets, the category
// medians of the Connects advice) from the weekly aggregates written with every listing
// (lib/db/aggregates.ts): O(weeks × scopes × bins) records and work, whatever the number of
// stored listings. Aggregates count a listing once, in the week it was first seen, and keep
// counting it after retention pruned it; every origin counts, as in the badge's rate trend.
import type { CategoryMedian } from '../connects/inputs';
import { scopeWeeks } from '../db/aggregates';
import type { GigLensDatabase } from '../db/open';
import { UPWORK_TOP_CATEGORIES, type UpworkTopCategory } from '../model/label';
import type { Platform } from '../model/listing';
import type { WeekAggregate } from '../trends/aggregate';
import { filteredScope, platformScope, upworkScope } from '../trends/contribution';
import { BIN_COUNT, BIN_FLOOR, BINS_PER_DECADE, addInto, binLower, emptyDense, totalOf } from '../trends/histogram';
import { weekOf as weekNumber } from '../trends/weeks';
import type { PayKind } from './pay';
import { KIND_METRIC } from './pay-peers';
import type { Week } from './time';

/** Scope → its records in the weeks read. */
export type WeeklyAggregates = ReadonlyMap<string, readonly WeekAggregate[]>;

const PAY_KINDS = Object.keys(KIND_METRIC) as PayKind[];
const PLATFORMS: readonly Platform[] = ['upwork', 'fiverr'];

/** Both sites' scopes (every listing is in one) and every Upwork top category's. */
export async function loadWeeklyAggregates(db: GigLensDatabase, weeks: readonly Week[]): Promise<WeeklyAggregates> {
  const filtered = PLATFORMS.flatMap((p) => [filteredScope(p, 'fade'), filteredScope(p, 'fold')]);
  const scopes = [...PLATFORMS.map(platformScope), ...UPWORK_TOP_CATEGORIES.map(upworkScope), ...filtered];
  if (weeks.length === 0) return new Map();
  return scopeWeeks(db, scopes, weekNumber(weeks[0]!.start), weekNumber(weeks[weeks.length - 1]!.start));
}

/** New listings of a top category per week, each origin's records summed. */
export function newPerWeekFrom(weekly: WeeklyAggregates): (category: UpworkTopCategory, week: Week) => number {
  return (category, week) => {
    const n = weekNumber(week.start);
    let seen = 0;
    for (const rec of weekly.get(upworkScope(category)) ?? []) if (rec.week === n) seen += rec.seen;
    return seen;
  };
}

/** New listings per week, both sites, and how many of them the user's filters faded or
 *  folded when seen: what a coach shows as "how much of a feed a beginner would skip". */
export function filteredPerWeekFrom(weekly: WeeklyAggregates): (week: Week) => { seen: number; filtered: number } {
  return (week) => {
    const n = weekNumber(week.start);
    const sum = (scope: string) => (weekly.get(scope) ?? []).reduce((s, rec) => s + (rec.week === n ? rec.seen : 0), 0);
    let seen = 0;
    let filtered = 0;
    for (const p of PLATFORMS) {
      seen += sum(platformScope(p));
      filtered += sum(filteredScope(p, 'fade')) + sum(filteredScope(p, 'fold'));
    }
    return { seen, filtered };
  };
}

/** Dense pay histograms keyed `kind|currency|category`, and `kind|currency|*` for every
 *  listing (the two site scopes together), over all the weeks read. */
export function payHistograms(weekly: WeeklyAggregates): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const add = (group: string, rec: WeekAggregate) => {
    for (const [currency, metrics] of Object.entries(rec.pay)) {
      for (const kind of PAY_KINDS) {
        const sparse = metrics[KIND_METRIC[kind]];
        if (!sparse) continue;
        const key = `${kind}|${currency}|${group}`;
        let dense = out.get(key);
        if (!dense) out.set(key, (dense = emptyDense()));
        addInto(dense, sparse);
      }
    }
  };
  for (const platform of PLATFORMS) for (const rec of weekly.get(platformScope(platform)) ?? []) add('*', rec);
  for (const category of UPWORK_TOP_CATEGORIES) for (const rec of weekly.get(upworkScope(category)) ?? []) add(category, rec);
  return out;
}

/** The `rank`-th smallest amount (1-based), as the geometric middle of its bin: within about
 *  ±6% of the amount itself. */
function amountAt(dense: readonly number[], rank: number): number {
  let seen = 0;
  for (let bin = 0; bin < dense.length; bin++) {
    seen += dense[bin] ?? 0;
    if (seen < rank) continue;
    if (bin === 0) return BIN_FLOOR / 2;
    return bin === BIN_COUNT - 1 ? binLower(bin) : binLower(bin) * 10 ** (0.5 / BINS_PER_DECADE);
  }
  return binLower(BIN_COUNT - 1);
}

/** The median as the exact one is taken (the middle amount, or the mean of the two middle
 *  ones), so a handful of listings gives what the listings would: 22.5, 22.5, 52, 60 → ~37. */
export function histogramMedian(dense: readonly number[]): number | null {
  const n = totalOf(dense);
  if (n === 0) return null;
  return n % 2 ? amountAt(dense, (n + 1) / 2) : (amountAt(dense, n / 2) + amountAt(dense, n / 2 + 1)) / 2;
}

/** Median USD hourly midpoint and fixed budget per top category, read from the histograms
 *  (within about ±6% of the exact median). Only Upwork jobs state these two kinds of pay
 *  (Fiverr gigs state a from-price), so these are the Upwork jobs' medians. */
export function categoryMediansFrom(histograms: ReadonlyMap<string, readonly number[]>): Map<UpworkTopCategory, CategoryMedian> {
  const out = new Map<UpworkTopCategory, CategoryMedian>();
  const medianOf = (key: string) => {
    const dense = histograms.get(key);
    return dense ? histogramMedian(dense) : null;
  };
  for (const category of UPWORK_TOP_CATEGORIES) {
    const hourlyUsd = medianOf(`hourly|USD|${category}`);
    const fixedUsd = medianOf(`fixed|USD|${category}`);
    if (hourlyUsd !== null || fixedUsd !== null) out.set(category, { hourlyUsd, fixedUsd });
  }
  return out;
}
