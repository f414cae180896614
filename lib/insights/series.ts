// Weekly series for the dashboard charts: each listing counts once, in the week it was first
// seen, so a job seen again next week does not inflate next week's figures.
import type { StoredListing } from '../db/schema';
import type { UpworkTopCategory } from '../model/label';
import { countByCategory, topCategoryOf } from './category';
import { amountsOf, median, type PayKind } from './pay';
import { riskMix, type RiskMix } from './risk-mix';
import { weekOf, weeksBetween, type Week } from './time';

export interface WeekMix {
  week: Week;
  mix: RiskMix;
}

/** Buckets listings by first-seen week; weeks without listings between the first and the
 *  last stay in the series as empty weeks (a gap is data, not something to hide). */
export function byWeek(listings: readonly StoredListing[], maxWeeks = 26): Map<string, { week: Week; items: StoredListing[] }> {
  const out = new Map<string, { week: Week; items: StoredListing[] }>();
  if (listings.length === 0) return out;
  let first = Infinity;
  let last = -Infinity;
  for (const l of listings) {
    first = Math.min(first, l.firstSeenAt);
    last = Math.max(last, l.firstSeenAt);
  }
  for (const week of weeksBetween(first, last, maxWeeks)) out.set(week.key, { week, items: [] });
  for (const l of listings) out.get(weekOf(l.firstSeenAt).key)?.items.push(l);
  return out;
}

export function riskMixByWeek(listings: readonly StoredListing[], maxWeeks = 26): WeekMix[] {
  return [...byWeek(listings, maxWeeks).values()].map(({ week, items }) => ({ week, mix: riskMix(items) }));
}

export interface CategoryWeekly {
  category: UpworkTopCategory;
  total: number;
  /** Counts per week, aligned with `weeks`. */
  counts: number[];
}

/** New listings per week for the `top` categories seen most. */
export function categoriesByWeek(
  listings: readonly StoredListing[],
  top = 5,
  maxWeeks = 26,
): { weeks: Week[]; series: CategoryWeekly[] } {
  const buckets = [...byWeek(listings, maxWeeks).values()];
  const series = countByCategory(listings)
    .slice(0, top)
    .map(({ category, count }) => ({
      category,
      total: count,
      counts: buckets.map((b) => b.items.filter((l) => topCategoryOf(l) === category).length),
    }));
  return { weeks: buckets.map((b) => b.week), series };
}

export interface CategoryShare {
  category: UpworkTopCategory;
  count: number;
  /** Of all labelled listings, 0..1. */
  share: number;
}

export function categoryShares(listings: readonly StoredListing[]): CategoryShare[] {
  const counts = countByCategory(listings);
  const labelled = counts.reduce((s, c) => s + c.count, 0);
  return counts.map((c) => ({ ...c, share: labelled ? c.count / labelled : 0 }));
}

export interface CategoryPay {
  category: UpworkTopCategory;
  median: number | null;
  /** Listings behind the median. */
  n: number;
}

/** Median pay of one kind (USD only) per category, categories with most figures first. */
export function medianPayByCategory(listings: readonly StoredListing[], kind: PayKind): CategoryPay[] {
  const groups = new Map<UpworkTopCategory, StoredListing[]>();
  for (const l of listings) {
    const c = topCategoryOf(l);
    if (!c) continue;
    const group = groups.get(c);
    if (group) group.push(l);
    else groups.set(c, [l]);
  }
  return [...groups]
    .map(([category, items]) => {
      const amounts = amountsOf(items, kind);
      return { category, median: median(amounts), n: amounts.length };
    })
    .filter((c) => c.n > 0)
    .sort((a, b) => b.n - a.n || a.category.localeCompare(b.category));
}
