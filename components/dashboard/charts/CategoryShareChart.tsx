// Each category's share of the listings seen, against its share of Upwork posts in the
// research baseline (Jan 2023 and Jul–Aug 2026): the lesson of where demand moved.
import { t } from '@/lib/i18n';
import { periodLabel } from '@/lib/trends/trend-words';
import type { StoredListing } from '@/lib/db/schema';
import { UPWORK_TOP_CATEGORIES } from '@/lib/model/label';
import { categoryShares } from '@/lib/insights/series';
import { formatShare } from '@/lib/insights/format';
import { baselineFor } from '@/lib/trends/baseline';
import { BASELINE_PERIODS } from '@/lib/trends/baseline-data';
import { ChartFrame } from '../../charts/ChartFrame';
import { HBars } from '../../charts/HBars';
import { Legend } from '../../charts/Legend';
import { BaselineNote } from './baseline-notes';

export function CategoryShareChart({ listings, sourceName }: { listings: StoredListing[]; sourceName: string }) {
  const mine = new Map(categoryShares(listings).map((c) => [c.category, c]));
  const rows = [...UPWORK_TOP_CATEGORIES]
    .map((category) => {
      const b = baselineFor(category)?.figures;
      return { category, values: [mine.get(category)?.share ?? 0, b?.share2023 ?? null, b?.share2026 ?? null] };
    })
    .sort((a, b) => (b.values[0] ?? 0) - (a.values[0] ?? 0) || (b.values[2] ?? 0) - (a.values[2] ?? 0));
  const labelled = [...mine.values()].reduce((n, c) => n + c.count, 0);
  const series = [
    { name: t('chart_source_listings', { name: sourceName, count: labelled }), cls: 'fill-s1', sw: 'sw-s1' },
    { name: `Upwork ${periodLabel(BASELINE_PERIODS.before.label)}`, cls: 'fill-base-2023', sw: 'sw-base-2023' },
    { name: `Upwork ${periodLabel(BASELINE_PERIODS.after.label)}`, cls: 'fill-base-2026', sw: 'sw-base-2026' },
  ];
  return (
    <ChartFrame
      id="category-share"
      title={t('chart_share_title')}
      description={t('chart_share_description')}
      emptyText={labelled === 0 ? t('chart_share_empty') : null}
      table={{
        caption: t('chart_share_caption'),
        columns: [t('col_category'), ...series.map((s) => s.name)],
        rows: rows.map((r) => [r.category, ...r.values.map((v) => (v === null ? '—' : formatShare(v)))]),
      }}
      note={<BaselineNote extra={labelled < 30 ? t('chart_share_few', { count: labelled }) : undefined} />}
    >
      <HBars
        label={t('chart_share_label', { name: sourceName, before: periodLabel(BASELINE_PERIODS.before.label), after: periodLabel(BASELINE_PERIODS.after.label) })}
        series={series}
        rows={rows.map((r) => ({ label: r.category, values: r.values }))}
        format={formatShare}
      />
      <Legend items={series.map((s) => ({ name: s.name, cls: s.sw }))} />
    </ChartFrame>
  );
}
