// Two periods side by side (e.g. the last 30 days against the 30 before), possibly from two
// sources (own history against an imported class dataset). A listing belongs to the period
// in which it was first seen. Change is always "B minus A".
import { t } from '../i18n';
import type { StoredListing } from '../db/schema';
import type { Platform } from '../model/listing';
import { amountsOf, median } from './pay';
import { RISK_ATTRS, highRiskShare, riskMix, type RiskMix } from './risk-mix';
import { categoryShares, type CategoryShare } from './series';
import { inPeriod, type Period } from './time';
import { riskLevelName } from '@/components/format/risk-words';

export interface PeriodSummary {
  total: number;
  perSite: Record<Platform, number>;
  mix: RiskMix;
  highRiskShare: number | null;
  medianHourly: number | null;
  hourlyN: number;
  medianFixed: number | null;
  fixedN: number;
  medianFrom: number | null;
  fromN: number;
  categories: CategoryShare[];
}

export function summarisePeriod(listings: readonly StoredListing[], period: Period): PeriodSummary {
  const items = listings.filter((l) => inPeriod(l.firstSeenAt, period));
  const perSite: Record<Platform, number> = { upwork: 0, fiverr: 0 };
  for (const l of items) perSite[l.platform]++;
  const mix = riskMix(items);
  const hourly = amountsOf(items, 'hourly');
  const fixed = amountsOf(items, 'fixed');
  const from = amountsOf(items, 'from');
  return {
    total: items.length,
    perSite,
    mix,
    highRiskShare: highRiskShare(mix),
    medianHourly: median(hourly),
    hourlyN: hourly.length,
    medianFixed: median(fixed),
    fixedN: fixed.length,
    medianFrom: median(from),
    fromN: from.length,
    categories: categoryShares(items),
  };
}

export type RowUnit = 'count' | 'share' | 'usd';

export interface ComparisonRow {
  key: string;
  label: string;
  unit: RowUnit;
  a: number | null;
  b: number | null;
  /** b − a (for shares: in share points, 0..1 scale); null when either side is unknown. */
  change: number | null;
  /** b / a − 1 for counts and money; null for shares or when a is 0 or unknown. */
  relative: number | null;
}

function row(key: string, label: string, unit: RowUnit, a: number | null, b: number | null): ComparisonRow {
  const change = a === null || b === null ? null : b - a;
  const relative = unit === 'share' || a === null || b === null || a === 0 ? null : b / a - 1;
  return { key, label, unit, a, b, change, relative };
}

export function comparisonRows(a: PeriodSummary, b: PeriodSummary): ComparisonRow[] {
  const rows = [
    row('total', t('compare_row_total'), 'count', a.total, b.total),
    row('upwork', t('compare_row_upwork'), 'count', a.perSite.upwork, b.perSite.upwork),
    row('fiverr', t('compare_row_fiverr'), 'count', a.perSite.fiverr, b.perSite.fiverr),
    row('high-share', t('compare_row_high_share'), 'share', a.highRiskShare, b.highRiskShare),
    ...RISK_ATTRS.map((level) => row(`risk-${level}`, t('compare_row_risk', { level: riskLevelName(level) }), 'count', a.mix[level], b.mix[level])),
    row('median-hourly', t('compare_row_median_hourly'), 'usd', a.medianHourly, b.medianHourly),
    row('median-fixed', t('compare_row_median_fixed'), 'usd', a.medianFixed, b.medianFixed),
    row('median-from', t('compare_row_median_from'), 'usd', a.medianFrom, b.medianFrom),
  ];
  const categories = new Set([...a.categories, ...b.categories].map((c) => c.category));
  const shareOf = (s: PeriodSummary, c: string) =>
    s.categories.length === 0 ? null : (s.categories.find((x) => x.category === c)?.share ?? 0);
  for (const c of [...categories].sort()) rows.push(row(`category:${c}`, `${c} (share)`, 'share', shareOf(a, c), shareOf(b, c)));
  return rows;
}
