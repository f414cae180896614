// The one formatter of rate trends: badge, popup and dashboard word them the same way, in the
// user's language (catalogue keys `trend_*`).
import { currentLocale, currentLanguage, formatDay, formatNumber, t } from '../i18n';
import type { Settings } from '../settings/settings-schema';
import type { BaselineTrend } from './baseline';
import type { PayMetric } from './contribution';
import type { LocalTrend, TrendHistory } from './trend-label';

export type HomeCurrency = Settings['homeCurrency'];

export const localCaveat = (): string => t('trend_local_caveat');

const METRIC_KEYS: Record<PayMetric, string> = {
  hourlyMid: 'metric_hourly_mid',
  hourlyMin: 'metric_hourly_min',
  hourlyMax: 'metric_hourly_max',
  fixed: 'metric_fixed',
  from: 'metric_from',
};

export const metricWords = (metric: PayMetric): string => t(METRIC_KEYS[metric]);

/** The baseline's period labels ("Jan 2023") in the active language. */
const PERIODS_UR: Record<string, string> = { 'Jan 2023': 'جنوری 2023', 'Jul–Aug 2026': 'جولائی–اگست 2026' };
export const periodLabel = (period: string): string => (currentLanguage() === 'ur' ? (PERIODS_UR[period] ?? period) : period);

const percent = (share: number) => `${formatNumber(share * 100, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;

export function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(currentLocale(), {
      style: 'currency',
      currency,
      minimumFractionDigits: 0,
      maximumFractionDigits: amount < 100 ? 1 : 0,
    }).format(amount);
  } catch {
    return `${Math.round(amount)} ${currency}`;
  }
}

/** "/h" after an hourly figure, in the active language. */
const perWords = (per: string) => (per === '/h' ? t('unit_per_h') : per);

/** "$25 (≈ PKR 7,000)": the user's own currency beside dollar figures, display only. */
export function moneyWithHome(amount: number, currency: string, home: HomeCurrency, per = ''): string {
  const unit = perWords(per);
  const money = `${formatMoney(amount, currency)}${unit}`;
  if (!home || currency !== 'USD' || home.code === 'USD') return money;
  return `${money} (≈ ${home.code} ${formatNumber(Math.round(amount * home.perUsd))}${unit})`;
}

/** "Writing: 9.1% of Upwork posts in Jan 2023, 2.7% in Jul–Aug 2026". */
export function baselineShareWords(b: BaselineTrend): string {
  return t('trend_share', {
    category: b.upwork,
    before: percent(b.figures.share2023),
    beforePeriod: periodLabel(b.before.period),
    after: percent(b.figures.share2026),
    afterPeriod: periodLabel(b.after.period),
  });
}

export function baselineDirectionWords(b: BaselineTrend): string {
  const r = b.figures.shareRatio;
  const ratio = r.toFixed(2);
  if (r < 0.9) return t('trend_falling', { ratio });
  if (r > 1.1) return t('trend_rising', { ratio });
  return t('trend_steady_share', { ratio });
}

export function baselineRateWords(b: BaselineTrend, home: HomeCurrency): string {
  const f = b.figures;
  const usd = (n: number, per = '') => moneyWithHome(n, 'USD', home, per);
  return t('trend_rates', {
    hourlyBefore: usd(f.avgHourly2023, '/h'),
    beforePeriod: periodLabel(b.before.period),
    hourlyAfter: usd(f.avgHourly2026, '/h'),
    afterPeriod: periodLabel(b.after.period),
    fixedBefore: usd(f.medianFixed2023),
    fixedAfter: usd(f.medianFixed2026),
  });
}

const signed = (change: number) => `${change >= 0 ? '+' : '−'}${Math.abs(Math.round(change * 100))}%`;
/** A window's `YYYY-MM-DD` bound, read as that UTC day. */
const day = (iso: string) => formatDay(Date.parse(`${iso}T00:00:00Z`));
const unit = (metric: PayMetric | null) => (metric?.startsWith('hourly') ? '/h' : '');

export function localWords(local: LocalTrend, history: TrendHistory, home: HomeCurrency): string {
  const money = (n: number) => moneyWithHome(n, history.currency ?? 'USD', home, unit(history.metric));
  return t('trend_local', {
    category: history.categoryName,
    what: history.metric ? metricWords(history.metric) : t('metric_pay'),
    now: money(local.medianNow),
    nowWeeks: history.nowWeeks,
    nNow: local.nNow,
    nowFrom: day(local.window.now.from),
    nowTo: day(local.window.now.to),
    before: money(local.medianBefore),
    beforeWeeks: history.beforeWeeks,
    nBefore: local.nBefore,
    beforeFrom: day(local.window.before.from),
    beforeTo: day(local.window.before.to),
    change: signed(local.change),
  });
}

/** "collecting: 4 of 10 seen": why there is no local figure yet. */
export function collectingWords(history: TrendHistory): string {
  if (history.metric === null) return t('trend_no_pay');
  return t('trend_collecting', {
    category: history.categoryName,
    nNow: Math.min(history.nNow, history.needed),
    nBefore: Math.min(history.nBefore, history.needed),
    needed: history.needed,
    nowWeeks: history.nowWeeks,
    beforeWeeks: history.beforeWeeks,
    what: metricWords(history.metric),
    currency: history.currency ?? t('trend_its_currency'),
  });
}

export function percentileWords(percentile: number, history: TrendHistory): string {
  return t('trend_percentile', {
    what: history.metric ? metricWords(history.metric) : t('metric_pay'),
    percentile: Math.round(percentile),
    category: history.categoryName,
    weeks: history.nowWeeks + history.beforeWeeks,
  });
}
