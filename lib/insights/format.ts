// Numbers in words for popup, dashboard and report: money, shares and changes.
import { t } from '../i18n';
import type { Listing } from '../model/listing';
import type { Settings } from '../settings/settings-schema';
import type { ComparisonRow, RowUnit } from './compare';

export type HomeCurrency = Settings['homeCurrency'];

export function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en', {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      maximumFractionDigits: amount < 100 && amount % 1 !== 0 ? 2 : 0,
    }).format(amount);
  } catch {
    return `${Math.round(amount)} ${currency}`;
  }
}

/** "≈ €23" for a USD amount when the user set a home currency; the rate is theirs. */
export function inHomeCurrency(amount: number, currency: string, home: HomeCurrency): string {
  if (!home || currency !== 'USD' || home.code === 'USD') return '';
  return ` (≈ ${formatMoney(amount * home.perUsd, home.code)})`;
}

export function formatPay(l: Pick<Listing, 'pay'>, home: HomeCurrency = null): string {
  const pay = l.pay;
  if (!pay) return '—';
  if (pay.type === 'hourly') {
    const { min, max, currency } = pay;
    if (min === null && max === null) return t('pay_hourly');
    const lo = min ?? max!;
    const hi = max ?? min!;
    const range = lo === hi ? formatMoney(lo, currency) : `${formatMoney(lo, currency)}–${formatMoney(hi, currency)}`;
    return `${range}/h${inHomeCurrency((lo + hi) / 2, currency, home)}`;
  }
  const amount = `${formatMoney(pay.amount, pay.currency)}${inHomeCurrency(pay.amount, pay.currency, home)}`;
  return pay.type === 'from' ? t('pay_from', { amount }) : amount;
}

export const formatShare = (share: number): string => `${(share * 100).toFixed(share < 0.1 && share > 0 ? 1 : 0)}%`;

export function formatValue(value: number | null, unit: RowUnit): string {
  if (value === null) return '—';
  if (unit === 'share') return formatShare(value);
  if (unit === 'usd') return formatMoney(value, 'USD');
  return String(value);
}

/** "+12 (+40%)", "−3.5 pts", "no change"; "—" when a side is unknown. */
export function formatChange(row: ComparisonRow): string {
  if (row.change === null) return '—';
  if (row.change === 0) return 'no change';
  const sign = row.change > 0 ? '+' : '−';
  const abs = Math.abs(row.change);
  const amount =
    row.unit === 'share' ? `${(abs * 100).toFixed(1)} pts` : row.unit === 'usd' ? formatMoney(abs, 'USD') : String(abs);
  const rel = row.relative === null ? '' : ` (${row.relative > 0 ? '+' : '−'}${Math.round(Math.abs(row.relative) * 100)}%)`;
  return `${sign}${amount}${rel}`;
}
