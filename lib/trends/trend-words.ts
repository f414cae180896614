// The one formatter of rate trends: badge, popup and dashboard word them the same way.
import type { Settings } from '../settings/settings-schema';
import type { BaselineTrend } from './baseline';
import type { PayMetric } from './contribution';
import type { LocalTrend, TrendHistory } from './trend-label';

export type HomeCurrency = Settings['homeCurrency'];

export const LOCAL_CAVEAT =
  'Your history reflects the listings you browsed, not the whole market.';

const METRIC_WORDS: Record<PayMetric, string> = {
  hourlyMid: 'hourly rate',
  hourlyMin: 'hourly minimum',
  hourlyMax: 'hourly maximum',
  fixed: 'fixed budget',
  from: 'starting price',
};

export const metricWords = (metric: PayMetric): string => METRIC_WORDS[metric];

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

export function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      minimumFractionDigits: 0,
      maximumFractionDigits: amount < 100 ? 1 : 0,
    }).format(amount);
  } catch {
    return `${Math.round(amount)} ${currency}`;
  }
}

/** "$25 (≈ PKR 7,000)": the user's own currency beside dollar figures, display only. */
export function moneyWithHome(amount: number, currency: string, home: HomeCurrency, per = ''): string {
  const money = `${formatMoney(amount, currency)}${per}`;
  if (!home || currency !== 'USD' || home.code === 'USD') return money;
  return `${money} (≈ ${home.code} ${Math.round(amount * home.perUsd).toLocaleString('en-US')}${per})`;
}

/** "Writing: 9.1% of Upwork posts in Jan 2023, 2.7% in Jul–Aug 2026". */
export function baselineShareWords(b: BaselineTrend): string {
  return `${b.upwork}: ${percent(b.figures.share2023)} of Upwork posts in ${b.before.period}, ${percent(b.figures.share2026)} in ${b.after.period}`;
}

export function baselineDirectionWords(b: BaselineTrend): string {
  const r = b.figures.shareRatio;
  if (r < 0.9) return `a falling share of posts (×${r.toFixed(2)})`;
  if (r > 1.1) return `a rising share of posts (×${r.toFixed(2)})`;
  return `a steady share of posts (×${r.toFixed(2)})`;
}

export function baselineRateWords(b: BaselineTrend, home: HomeCurrency): string {
  const f = b.figures;
  const usd = (n: number, per = '') => moneyWithHome(n, 'USD', home, per);
  return `Average hourly rate ${usd(f.avgHourly2023, '/h')} in ${b.before.period}, ${usd(f.avgHourly2026, '/h')} in ${b.after.period}; median fixed budget ${usd(f.medianFixed2023)}, then ${usd(f.medianFixed2026)}.`;
}

const signed = (change: number) => `${change >= 0 ? '+' : '−'}${Math.abs(Math.round(change * 100))}%`;
const unit = (metric: PayMetric | null) => (metric?.startsWith('hourly') ? '/h' : '');

export function localWords(local: LocalTrend, history: TrendHistory, home: HomeCurrency): string {
  const money = (n: number) => moneyWithHome(n, history.currency ?? 'USD', home, unit(history.metric));
  const what = history.metric ? metricWords(history.metric) : 'pay';
  return `Your history of ${history.categoryName}: median ${what} ${money(local.medianNow)} in the last ${history.nowWeeks} weeks (n ${local.nNow}, ${local.window.now.from} to ${local.window.now.to}) against ${money(local.medianBefore)} in the ${history.beforeWeeks} weeks before (n ${local.nBefore}, ${local.window.before.from} to ${local.window.before.to}): ${signed(local.change)}.`;
}

/** "collecting: 4 of 10 seen": why there is no local figure yet. */
export function collectingWords(history: TrendHistory): string {
  if (history.metric === null) return 'This listing states no pay, so there is nothing of yours to compare it with.';
  const of = (n: number) => `${Math.min(n, history.needed)} of ${history.needed}`;
  return `Your history of ${history.categoryName}: collecting: ${of(history.nNow)} seen in the last ${history.nowWeeks} weeks, ${of(history.nBefore)} in the ${history.beforeWeeks} weeks before (${metricWords(history.metric)} in ${history.currency ?? 'its currency'}).`;
}

export function percentileWords(percentile: number, history: TrendHistory): string {
  const what = history.metric ? metricWords(history.metric) : 'pay';
  return `This ${what} is above ${Math.round(percentile)}% of the ${history.categoryName} listings you saw in the last ${history.nowWeeks + history.beforeWeeks} weeks.`;
}
