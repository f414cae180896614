// "This week at a glance" for the popup: what was seen this week, per site, by risk band,
// and which categories came up most, each with its weekly history as a sparkline.
import type { StoredListing } from '../db/schema';
import type { UpworkTopCategory } from '../model/label';
import type { Platform } from '../model/listing';
import { countByCategory, topCategoryOf } from './category';
import { riskMix, type RiskMix } from './risk-mix';
import { inPeriod, lastWeeks, type Week } from './time';

export interface CategoryGlance {
  category: UpworkTopCategory;
  /** Seen this week. */
  count: number;
  /** New listings per week over the sparkline weeks, oldest first (the last is this week). */
  weekly: number[];
}

export interface WeekGlance {
  week: Week;
  total: number;
  perSite: Record<Platform, number>;
  mix: RiskMix;
  topCategories: CategoryGlance[];
  /** This week's listings the user's filters faded or folded when last seen. */
  filtered: { faded: number; folded: number };
  /** Share of new listings filtered per week over the sparkline weeks (null: none seen). */
  filteredWeekly: (number | null)[];
}

/** New listings in a week and how many of them the filters faded or folded. */
export type FilteredPerWeek = (week: Week) => { seen: number; filtered: number };

export const filteredPerWeekIn =
  (listings: readonly StoredListing[]): FilteredPerWeek =>
  (week) => {
    const fresh = listings.filter((l) => inPeriod(l.firstSeenAt, week));
    return { seen: fresh.length, filtered: fresh.filter((l) => l.filtered).length };
  };

/** New listings of a top category in a week. */
export type NewPerWeek = (category: UpworkTopCategory, week: Week) => number;

/** Counted over `listings`, each listing in the week it was first seen. */
export const newPerWeekIn =
  (listings: readonly StoredListing[]): NewPerWeek =>
  (category, week) =>
    listings.filter((l) => topCategoryOf(l) === category && inPeriod(l.firstSeenAt, week)).length;

/** "Seen this week" counts listings whose last sighting falls in this ISO week; the weekly
 *  history counts each listing once, in the week it was first seen, from `listings` unless
 *  `newPerWeek` says otherwise (the popup passes only this week's listings and reads the
 *  weekly history from the aggregates: lib/insights/weekly-figures.ts). */
export function weekAtGlance(
  listings: readonly StoredListing[],
  now: number,
  top = 5,
  sparkWeeks = 8,
  newPerWeek: NewPerWeek = newPerWeekIn(listings),
  filteredPerWeek: FilteredPerWeek = filteredPerWeekIn(listings),
): WeekGlance {
  const weeks = lastWeeks(now, sparkWeeks);
  const week = weeks[weeks.length - 1]!;
  const thisWeek = listings.filter((l) => inPeriod(l.lastSeenAt, week));
  const perSite: Record<Platform, number> = { upwork: 0, fiverr: 0 };
  for (const l of thisWeek) perSite[l.platform]++;
  const topCategories = countByCategory(thisWeek)
    .slice(0, top)
    .map(({ category, count }) => ({
      category,
      count,
      weekly: weeks.map((w) => newPerWeek(category, w)),
    }));
  const filtered = { faded: 0, folded: 0 };
  for (const l of thisWeek) if (l.filtered) filtered[l.filtered === 'fold' ? 'folded' : 'faded']++;
  const filteredWeekly = weeks.map((w) => {
    const { seen, filtered: n } = filteredPerWeek(w);
    return seen ? n / seen : null;
  });
  return { week, total: thisWeek.length, perSite, mix: riskMix(thisWeek), topCategories, filtered, filteredWeekly };
}
