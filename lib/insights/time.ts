// Weeks and periods for every summary. Weeks are ISO weeks in UTC, the same unit as the
// SnipeWork baseline (2026-W28 … W32), so a user's week lines up with the research's.
export const DAY = 86_400_000;
export const WEEK = 7 * DAY;

export interface Week {
  /** ISO week, e.g. "2026-W07". */
  key: string;
  /** Monday 00:00 UTC, epoch ms. */
  start: number;
  /** Exclusive end: the next Monday. */
  end: number;
}

export interface Period {
  start: number;
  /** Exclusive. */
  end: number;
}

export function weekStart(ms: number): number {
  const d = new Date(ms);
  const midnight = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  const daysSinceMonday = (d.getUTCDay() + 6) % 7;
  return midnight - daysSinceMonday * DAY;
}

export function isoWeekKey(ms: number): string {
  // The ISO year is the year of the week's Thursday.
  const thursday = new Date(weekStart(ms) + 3 * DAY);
  const year = thursday.getUTCFullYear();
  const firstThursdayWeek = weekStart(Date.UTC(year, 0, 4));
  const n = Math.round((weekStart(ms) - firstThursdayWeek) / WEEK) + 1;
  return `${year}-W${String(n).padStart(2, '0')}`;
}

export function weekOf(ms: number): Week {
  const start = weekStart(ms);
  return { key: isoWeekKey(ms), start, end: start + WEEK };
}

/** The `count` weeks ending with the week of `now`, oldest first. */
export function lastWeeks(now: number, count: number): Week[] {
  const current = weekStart(now);
  return Array.from({ length: count }, (_, i) => weekOf(current - (count - 1 - i) * WEEK));
}

/** Every week from the week of `from` to the week of `to`, oldest first (at most `max`). */
export function weeksBetween(from: number, to: number, max = 260): Week[] {
  const weeks: Week[] = [];
  for (let s = weekStart(to); s >= weekStart(from) && weeks.length < max; s -= WEEK) weeks.unshift(weekOf(s));
  return weeks;
}

/** "Last N days" and the N days before it, both ending at `now`. */
export function lastDaysPeriods(now: number, days: number): { recent: Period; before: Period } {
  const end = now;
  const mid = end - days * DAY;
  return { recent: { start: mid, end }, before: { start: mid - days * DAY, end: mid } };
}

export const inPeriod = (ms: number, p: Period): boolean => ms >= p.start && ms < p.end;

/** The UTC day as `YYYY-MM-DD`: for file names and date inputs, never for reading (that is
 *  formatDay in lib/i18n, in the user's language). */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
