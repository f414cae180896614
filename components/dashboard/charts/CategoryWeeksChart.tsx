// New listings per week in the categories seen most: where the user's market moves.
import { t } from '@/lib/i18n';
import type { StoredListing } from '@/lib/db/schema';
import { categoriesByWeek } from '@/lib/insights/series';
import { ChartFrame } from '../../charts/ChartFrame';
import { Legend } from '../../charts/Legend';
import { Lines } from '../../charts/Lines';
import { weekLabels } from '../../charts/scale';

const DASHES = [undefined, '6 3', '2 3', '8 3 2 3', '1 2', '10 4'];

export function CategoryWeeksChart({ listings }: { listings: StoredListing[] }) {
  const { weeks, series } = categoriesByWeek(listings, 5);
  const lines = series.map((s, i) => ({ name: s.category, cls: `s${i + 1}`, dash: DASHES[i], values: s.counts }));
  return (
    <ChartFrame
      id="category-weeks"
      title={t('chart_weeks_title')}
      description={t('chart_weeks_description')}
      emptyText={series.length === 0 ? t('chart_weeks_empty') : null}
      table={{
        caption: t('chart_weeks_caption'),
        columns: [t('col_category'), ...weeks.map((w) => w.key)],
        rows: series.map((s) => [s.category, ...s.counts]),
      }}
      note={`${weeks.length === 1 ? `${t('chart_weeks_one_week')} ` : ''}${t('chart_weeks_note')}`}
    >
      <Lines
        label={t('chart_weeks_label', { categories: series.map((s) => s.category).join(t('list_separator')) })}
        xLabels={weekLabels(weeks.map((w) => w.key))}
        series={lines}
        integer
      />
      <Legend items={lines.map((l) => ({ name: l.name, cls: `sw-${l.cls}` }))} />
    </ChartFrame>
  );
}
