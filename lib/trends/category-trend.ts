// A category's own pay trend for the pivot plan, which has no single listing to take a metric
// from: the first pay figure with enough listings in both windows, hourly before fixed before
// Fiverr's from-prices, in the currency most of the user's listings are paid in.
import type { WeekAggregate } from './aggregate';
import type { PayMetric } from './contribution';
import { localTrendOf, type LocalTrend } from './trend-label';

export type CategoryTrend = LocalTrend & { metric: PayMetric; currency: string };

const METRICS: readonly PayMetric[] = ['hourlyMid', 'fixed', 'from'];

/** `records`: the category scope's aggregates (any weeks; the windows pick theirs). */
export function categoryTrend(records: readonly WeekAggregate[], nowMs: number, currency = 'USD'): CategoryTrend | null {
  for (const metric of METRICS) {
    const { local } = localTrendOf(records, metric, currency, nowMs);
    if (local) return { ...local, metric, currency };
  }
  return null;
}
