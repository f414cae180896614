// Trend queries over weekly aggregates: O(weeks × bins) whatever the number of listings.
import type { GigLensDatabase } from '../db/open';
import { scopeWeeks } from '../db/aggregates';
import type { WeekAggregate } from './aggregate';
import type { PayMetric } from './contribution';
import { addInto, emptyDense, quantile, totalOf } from './histogram';
import { weekOf } from './weeks';

/** One pay metric in one currency summed over weeks [fromWeek, toWeek], every origin. */
export function windowHistogram(
  records: readonly WeekAggregate[],
  metric: PayMetric,
  currency: string,
  fromWeek: number,
  toWeek: number,
): number[] {
  const dense = emptyDense();
  for (const rec of records) {
    if (rec.week >= fromWeek && rec.week <= toWeek) addInto(dense, rec.pay[currency]?.[metric]);
  }
  return dense;
}

export interface WeekPoint {
  week: number;
  /** Listings first seen that week. */
  seen: number;
  /** Of them, listings stating this metric in this currency. */
  n: number;
  median: number | null;
  p25: number | null;
  p75: number | null;
}

/** Week by week, oldest first; weeks with no listings are absent. */
export function weeklySeries(records: readonly WeekAggregate[], metric: PayMetric, currency: string): WeekPoint[] {
  const byWeek = new Map<number, WeekAggregate[]>();
  for (const rec of records) byWeek.set(rec.week, [...(byWeek.get(rec.week) ?? []), rec]);
  return [...byWeek]
    .sort(([a], [b]) => a - b)
    .map(([week, recs]) => {
      const dense = windowHistogram(recs, metric, currency, week, week);
      return {
        week,
        seen: recs.reduce((sum, r) => sum + r.seen, 0),
        n: totalOf(dense),
        median: quantile(dense, 0.5),
        p25: quantile(dense, 0.25),
        p75: quantile(dense, 0.75),
      };
    });
}

export interface TrendQuery {
  scope: string;
  metric: PayMetric;
  currency: string;
  /** How many weeks back from the week of `nowMs`, that week included. */
  weeks: number;
  nowMs: number;
}

/** A scope's weekly pay series, the dashboard's trend chart and the benchmark's query. */
export async function queryTrend(db: GigLensDatabase, q: TrendQuery): Promise<WeekPoint[]> {
  const to = weekOf(q.nowMs);
  const records = (await scopeWeeks(db, [q.scope], to - q.weeks + 1, to)).get(q.scope) ?? [];
  return weeklySeries(records, q.metric, q.currency);
}
