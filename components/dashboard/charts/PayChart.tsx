// Median pay per category (Upwork jobs, US dollars) against the research baseline's rates.
import { t } from '@/lib/i18n';
import { periodLabel } from '@/lib/trends/trend-words';
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

/** Catalogue keys per kind (`chart_pay_<kind>_title`, …); words are looked up at render. */
const KINDS = {
  hourly: {
    before: (c: UpworkTopCategory) => baselineFor(c)?.figures.medianHourly2023 ?? null,
    after: (c: UpworkTopCategory) => baselineFor(c)?.figures.avgHourly2026 ?? null,
    keys: { title: 'chart_pay_hourly_title', what: 'chart_pay_hourly_what', after: 'chart_pay_hourly_after', note: 'chart_pay_hourly_note' },
  },
  fixed: {
    before: (c: UpworkTopCategory) => baselineFor(c)?.figures.medianFixed2023 ?? null,
    after: (c: UpworkTopCategory) => baselineFor(c)?.figures.medianFixed2026 ?? null,
    keys: { title: 'chart_pay_fixed_title', what: 'chart_pay_fixed_what', after: 'chart_pay_fixed_after', note: 'chart_pay_fixed_note' },
  },
} as const;

export function PayChart({ listings, kind, sourceName }: { listings: StoredListing[]; kind: keyof typeof KINDS; sourceName: string }) {
  const k = KINDS[kind];
  const after = periodLabel(BASELINE_PERIODS.after.label);
  const words = { title: t(k.keys.title), what: t(k.keys.what), afterName: `Upwork ${t(k.keys.after, { period: after })}`, note: t(k.keys.note) };
  const upworkJobs = listings.filter((l) => l.platform === 'upwork');
  const mine = medianPayByCategory(upworkJobs, kind);
  const rows = mine.map((c) => ({ label: `${c.category} (n=${c.n})`, category: c.category, values: [c.median, k.before(c.category), k.after(c.category)] }));
  const usd = (v: number) => formatMoney(v, 'USD');
  const series = [
    { name: t('chart_pay_source_median', { name: sourceName }), cls: 'fill-s1', sw: 'sw-s1' },
    { name: `Upwork ${t('chart_pay_before_median', { period: periodLabel(BASELINE_PERIODS.before.label) })}`, cls: 'fill-base-2023', sw: 'sw-base-2023' },
    { name: words.afterName, cls: 'fill-base-2026', sw: 'sw-base-2026' },
  ];
  return (
    <ChartFrame
      id={`pay-${kind}`}
      title={words.title}
      description={t('chart_pay_description', { what: words.what })}
      emptyText={rows.length === 0 ? t('chart_pay_empty', { what: words.what }) : null}
      table={{
        caption: t('chart_pay_caption', { what: words.what }),
        columns: [t('col_category'), t('chart_pay_jobs'), ...series.map((s) => s.name)],
        rows: mine.map((c, i) => [c.category, c.n, ...rows[i]!.values.map((v) => (v === null ? '—' : usd(v)))]),
      }}
      note={
        <BaselineNote
          extra={`${words.note} ${t('chart_pay_fiverr_out')}${mine.some((c) => c.n < 5) ? ` ${t('chart_pay_few')}` : ''}`}
        />
      }
    >
      <HBars label={`${words.title}: ${sourceName}`} series={series} rows={rows} format={usd} />
      <Legend items={series.map((s) => ({ name: s.name, cls: s.sw }))} />
    </ChartFrame>
  );
}
