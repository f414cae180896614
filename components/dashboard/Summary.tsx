// Headline figures above the charts: how much data there is and how much of it is labelled,
// so every chart below can be read with its sample size in mind.
import { formatDay, formatNumber, t } from '@/lib/i18n';
import type { StoredListing } from '@/lib/db/schema';
import { formatShare } from '@/lib/insights/format';
import { highRiskShare, riskMix } from '@/lib/insights/risk-mix';
import { weeksBetween } from '@/lib/insights/time';


export interface SummaryFigure {
  key: string;
  label: string;
  value: string;
}

export function summaryFigures(listings: readonly StoredListing[]): SummaryFigure[] {
  const mix = riskMix(listings);
  const high = highRiskShare(mix);
  const first = Math.min(...listings.map((l) => l.firstSeenAt));
  const last = Math.max(...listings.map((l) => l.lastSeenAt));
  const upwork = listings.filter((l) => l.platform === 'upwork').length;
  return [
    { key: 'listings', label: t('summary_listings'), value: formatNumber(listings.length) },
    { key: 'sites', label: 'Upwork / Fiverr', value: `${formatNumber(upwork)} / ${formatNumber(listings.length - upwork)}` },
    { key: 'labelled', label: t('summary_labelled'), value: formatNumber(listings.length - mix.unknown) },
    { key: 'high', label: t('summary_high'), value: high === null ? '—' : formatShare(high) },
    {
      key: 'span',
      label: t('summary_span'),
      value: listings.length ? t('summary_span_value', { from: formatDay(first), to: formatDay(last), count: weeksBetween(first, last).length }) : '—',
    },
  ];
}

export function Summary({ listings }: { listings: StoredListing[] }) {
  return (
    <dl class="summary" data-summary>
      {summaryFigures(listings).map((f) => (
        <div key={f.key} class="card" data-figure={f.key}>
          <dt class="muted">{f.label}</dt>
          <dd class={f.key === 'span' ? 'stat stat-text' : 'stat'}>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
