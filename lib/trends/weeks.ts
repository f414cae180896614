// Weeks are UTC weeks starting on Monday, numbered from Monday 1970-01-05, so a week is a
// small integer key that sorts in time order in IndexedDB.
const DAY = 86_400_000;
const WEEK = 7 * DAY;
const FIRST_MONDAY = 4 * DAY;

/** The week a moment (epoch ms) falls in. */
export const weekOf = (ms: number): number => Math.floor((ms - FIRST_MONDAY) / WEEK);

/** Monday 00:00 UTC of a week, epoch ms. */
export const weekStartMs = (week: number): number => FIRST_MONDAY + week * WEEK;

/** Monday of a week as `YYYY-MM-DD` (the export format's week key). */
export const weekStartDate = (week: number): string =>
  new Date(weekStartMs(week)).toISOString().slice(0, 10);

/** The week of a `YYYY-MM-DD` date, or null when the text is not a Monday date. */
export function weekFromDate(date: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms)) return null;
  const week = weekOf(ms);
  return weekStartMs(week) === ms ? week : null;
}

/** Windows a listing's local trend compares: the last NOW_WEEKS weeks (this one included)
 *  against the BEFORE_WEEKS weeks before them. A month against the quarter before it is long
 *  enough to gather a few dozen listings for a user who browses weekly. */
export const NOW_WEEKS = 4;
export const BEFORE_WEEKS = 12;
/** Fewer listings than this in either window and a median says more about chance than pay. */
export const MIN_LISTINGS = 10;

export interface TrendWindows {
  nowFrom: number;
  nowTo: number;
  beforeFrom: number;
  beforeTo: number;
}

export function trendWindows(nowMs: number): TrendWindows {
  const nowTo = weekOf(nowMs);
  const nowFrom = nowTo - NOW_WEEKS + 1;
  return { nowFrom, nowTo, beforeFrom: nowFrom - BEFORE_WEEKS, beforeTo: nowFrom - 1 };
}
