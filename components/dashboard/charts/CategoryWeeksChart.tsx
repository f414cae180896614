// New listings per week in the categories seen most: where the user's market moves.
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
      title="Listings seen per category, week by week"
      description="New listings per week in the five categories you saw most (Upwork's own top-level categories, for both sites)."
      emptyText={series.length === 0 ? 'No categorised listings yet: the categories appear once listings are labelled.' : null}
      table={{
        caption: 'New listings per week and category',
        columns: ['Category', ...weeks.map((w) => w.key)],
        rows: series.map((s) => [s.category, ...s.counts]),
      }}
      note={`${weeks.length === 1 ? 'Only one week so far: the lines start from the second week. ' : ''}Your history shows what you browsed, not the whole market: a category you searched more often grows here.`}
    >
      <Lines
        label={`New listings per week for ${series.map((s) => s.category).join(', ')}`}
        xLabels={weekLabels(weeks.map((w) => w.key))}
        series={lines}
        integer
      />
      <Legend items={lines.map((l) => ({ name: l.name, cls: `sw-${l.cls}` }))} />
    </ChartFrame>
  );
}
