// The category median the advisor compares a budget with, from the listing's rate trend
// (lib/trends, in the background's `seen` reply): the user's own recent median of the same
// pay figure, in US dollars. Unknown while the user's history of the category is too small.
import type { ListingTrend } from '../trends/trend-label';
import type { CategoryMedian } from './inputs';

export function medianFromTrend(trend: ListingTrend | null | undefined): CategoryMedian | null {
  const local = trend?.local;
  const history = trend?.history;
  if (!local || !history || history.currency !== 'USD') return null;
  if (history.metric === 'hourlyMid') return { hourlyUsd: local.medianNow, fixedUsd: null };
  if (history.metric === 'fixed') return { hourlyUsd: null, fixedUsd: local.medianNow };
  return null;
}
