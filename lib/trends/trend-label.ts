// A listing's rate trend: the research baseline of its Upwork category, the user's own history
// of its category (median pay now against before, once both windows hold enough listings) and
// where this listing's pay sits among the listings of its category the user saw.
import type { Label } from '../model/label';
import type { Listing } from '../model/listing';
import type { WeekAggregate } from './aggregate';
import { baselineFor, type BaselineTrend } from './baseline';
import { headlineMetric, payFigures, type PayMetric } from './contribution';
import { percentileOf, quantile, totalOf } from './histogram';
import { windowHistogram } from './trend-query';
import { BEFORE_WEEKS, MIN_LISTINGS, NOW_WEEKS, trendWindows, weekStartMs } from './weeks';

export interface DateSpan {
  /** First and last day, `YYYY-MM-DD`. */
  from: string;
  to: string;
}

export interface LocalTrend {
  medianNow: number;
  medianBefore: number;
  /** medianNow / medianBefore − 1 (0.12 = +12%). */
  change: number;
  nNow: number;
  nBefore: number;
  window: { now: DateSpan; before: DateSpan };
}

/** How much of the user's history backs the local figures, also while still collecting. */
export interface TrendHistory {
  categoryName: string;
  /** The figure compared (hourly midpoint, fixed budget, from-price); null when the listing
   *  states no pay. */
  metric: PayMetric | null;
  currency: string | null;
  nNow: number;
  nBefore: number;
  needed: number;
  nowWeeks: number;
  beforeWeeks: number;
}

export interface ListingTrend {
  baseline: BaselineTrend | null;
  local: LocalTrend | null;
  /** 0..100: share of the category's listings (both windows) paying less than this one. */
  percentile: number | null;
  /** null when the listing has no category. */
  history: TrendHistory | null;
}

const DAY = 86_400_000;
const span = (fromWeek: number, toWeek: number): DateSpan => ({
  from: new Date(weekStartMs(fromWeek)).toISOString().slice(0, 10),
  to: new Date(weekStartMs(toWeek) + 6 * DAY).toISOString().slice(0, 10),
});

/** The user's own trend of one pay metric and currency: median now against before, null until
 *  both windows hold MIN_LISTINGS; with the two windows' histograms. */
export function localTrendOf(
  records: readonly WeekAggregate[],
  metric: PayMetric,
  currency: string,
  nowMs: number,
): { local: LocalTrend | null; now: number[]; before: number[] } {
  const w = trendWindows(nowMs);
  const now = windowHistogram(records, metric, currency, w.nowFrom, w.nowTo);
  const before = windowHistogram(records, metric, currency, w.beforeFrom, w.beforeTo);
  const nNow = totalOf(now);
  const nBefore = totalOf(before);
  const medianNow = quantile(now, 0.5);
  const medianBefore = quantile(before, 0.5);
  const local =
    nNow >= MIN_LISTINGS && nBefore >= MIN_LISTINGS && medianNow !== null && medianBefore
      ? {
          medianNow,
          medianBefore,
          change: medianNow / medianBefore - 1,
          nNow,
          nBefore,
          window: { now: span(w.nowFrom, w.nowTo), before: span(w.beforeFrom, w.beforeTo) },
        }
      : null;
  return { local, now, before };
}

/** `records`: the category scope's aggregates covering both windows. */
export function listingTrend(
  listing: Pick<Listing, 'pay'> & { label: Pick<Label, 'category'> | null },
  records: readonly WeekAggregate[],
  nowMs: number,
): ListingTrend {
  const category = listing.label?.category ?? null;
  const baseline = baselineFor(category?.upwork);
  if (!category) return { baseline, local: null, percentile: null, history: null };
  const metric = headlineMetric(listing.pay);
  const currency = listing.pay?.currency ?? null;
  const history: TrendHistory = {
    categoryName: category.name,
    metric,
    currency,
    nNow: 0,
    nBefore: 0,
    needed: MIN_LISTINGS,
    nowWeeks: NOW_WEEKS,
    beforeWeeks: BEFORE_WEEKS,
  };
  if (metric === null || currency === null) return { baseline, local: null, percentile: null, history };
  const { local, now, before } = localTrendOf(records, metric, currency, nowMs);
  history.nNow = totalOf(now);
  history.nBefore = totalOf(before);
  const both = now.map((n, bin) => n + (before[bin] ?? 0));
  const value = payFigures(listing.pay)[metric];
  const percentile =
    value !== undefined && totalOf(both) >= MIN_LISTINGS ? percentileOf(both, value) : null;
  return { baseline, local, percentile, history };
}
