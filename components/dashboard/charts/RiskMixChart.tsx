// Risk mix per week: how the AI-substitution risk of the listings seen shifts over time.
import type { StoredListing } from '@/lib/db/schema';
import { RISK_ATTRS } from '@/lib/insights/risk-mix';
import { riskMixByWeek } from '@/lib/insights/series';
import { riskLevelName } from '../../format/risk-words';
import { ChartFrame } from '../../charts/ChartFrame';
import { Legend } from '../../charts/Legend';
import { StackedColumns } from '../../charts/StackedColumns';
import { weekLabels } from '../../charts/scale';

export function RiskMixChart({ listings }: { listings: StoredListing[] }) {
  const weeks = riskMixByWeek(listings);
  const labels = weekLabels(weeks.map((w) => w.week.key));
  const series = RISK_ATTRS.map((level) => ({
    key: level,
    name: riskLevelName(level),
    cls: `fill-${level}`,
    values: weeks.map((w) => w.mix[level]),
  }));
  const total = listings.length;
  return (
    <ChartFrame
      id="risk-mix"
      title="AI risk of the listings you saw, week by week"
      description="Each column is one week (ISO week, UTC) of newly seen listings split by AI-substitution risk band, as shares of that week; n is how many listings the column stands for."
      emptyText={total === 0 ? 'No listings yet: browse Upwork or Fiverr and the weeks fill in here.' : null}
      table={{
        caption: 'Listings per week and risk band',
        columns: ['Week', 'Listings', ...series.map((s) => s.name)],
        rows: weeks.map((w, i) => [w.week.key, series.reduce((n, s) => n + s.values[i]!, 0), ...series.map((s) => s.values[i]!)]),
      }}
      note={
        weeks.length === 1
          ? 'Only one week so far: the trend shows from the second week on.'
          : 'Risk describes exposure to AI, not replacement: it says where AI can do the task, not that it will.'
      }
    >
      <StackedColumns
        label={`AI risk mix per week over ${weeks.length} weeks and ${total} listings`}
        xLabels={labels}
        series={series}
        percent
      />
      <Legend items={series.map((s) => ({ name: s.name, cls: `bg-${s.key}` }))} />
    </ChartFrame>
  );
}
