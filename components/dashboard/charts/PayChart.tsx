// Median pay per category (Upwork jobs, US dollars) against the research baseline's rates.
import type { StoredListing } from '@/lib/db/schema';
import type { UpworkTopCategory } from '@/lib/model/label';
import { medianPayByCategory } from '@/lib/insights/series';
import { formatMoney } from '@/lib/insights/format';
import { baselineFor } from '@/lib/trends/baseline';
import { BASELINE_PERIODS } from '@/lib/trends/baseline-data';
import { ChartFrame } from '../../charts/ChartFrame';
import { HBars } from '../../charts/HBars';
import { Legend } from '../../charts/Legend';
import { BaselineNote } from './baseline-notes';

const KINDS = {
  hourly: {
    title: 'Median hourly rate per category, against the market baseline',
    what: 'hourly rate (the midpoint of each job\'s range)',
    before: (c: UpworkTopCategory) => baselineFor(c)?.figures.medianHourly2023 ?? null,
    after: (c: UpworkTopCategory) => baselineFor(c)?.figures.avgHourly2026 ?? null,
    afterName: `Upwork ${BASELINE_PERIODS.after.label} (average)`,
    note: 'The 2026 baseline is the average of weekly average hourly rates, not a median: it runs higher than a median would.',
  },
  fixed: {
    title: 'Median fixed budget per category, against the market baseline',
    what: 'fixed-price budget',
    before: (c: UpworkTopCategory) => baselineFor(c)?.figures.medianFixed2023 ?? null,
    after: (c: UpworkTopCategory) => baselineFor(c)?.figures.medianFixed2026 ?? null,
    afterName: `Upwork ${BASELINE_PERIODS.after.label} (median of weekly medians)`,
    note: 'Fixed budgets vary with the size of the job as much as with the market.',
  },
} as const;

export function PayChart({ listings, kind, sourceName }: { listings: StoredListing[]; kind: keyof typeof KINDS; sourceName: string }) {
  const k = KINDS[kind];
  const upworkJobs = listings.filter((l) => l.platform === 'upwork');
  const mine = medianPayByCategory(upworkJobs, kind);
  const rows = mine.map((c) => ({ label: `${c.category} (n=${c.n})`, category: c.category, values: [c.median, k.before(c.category), k.after(c.category)] }));
  const usd = (v: number) => formatMoney(v, 'USD');
  const series = [
    { name: `${sourceName}, median`, cls: 'fill-s1', sw: 'sw-s1' },
    { name: `Upwork ${BASELINE_PERIODS.before.label} (median)`, cls: 'fill-base-2023', sw: 'sw-base-2023' },
    { name: k.afterName, cls: 'fill-base-2026', sw: 'sw-base-2026' },
  ];
  return (
    <ChartFrame
      id={`pay-${kind}`}
      title={k.title}
      description={`The median ${k.what} of the Upwork jobs in each category (US dollars; n = jobs behind it), beside the research baseline for that category.`}
      emptyText={rows.length === 0 ? `No categorised Upwork job with a ${k.what} in US dollars yet.` : null}
      table={{
        caption: `Median ${k.what} per category`,
        columns: ['Category', 'Jobs', ...series.map((s) => s.name)],
        rows: mine.map((c, i) => [c.category, c.n, ...rows[i]!.values.map((v) => (v === null ? '—' : usd(v)))]),
      }}
      note={
        <BaselineNote
          extra={`${k.note} Fiverr gig prices are left out: the baseline is Upwork's.${
            mine.some((c) => c.n < 5) ? ' Where n is under 5, your bar is a few examples, not a market rate.' : ''
          }`}
        />
      }
    >
      <HBars label={`${k.title}: ${sourceName}`} series={series} rows={rows} format={usd} />
      <Legend items={series.map((s) => ({ name: s.name, cls: s.sw }))} />
    </ChartFrame>
  );
}
