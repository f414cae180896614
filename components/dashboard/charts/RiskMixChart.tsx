// Risk mix per week: how the AI-substitution risk of the listings seen shifts over time.
import { t } from '@/lib/i18n';
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
      title={t('chart_risk_title')}
      description={t('chart_risk_description')}
      emptyText={total === 0 ? t('chart_risk_empty') : null}
      table={{
        caption: t('chart_risk_caption'),
        columns: [t('chart_week'), t('summary_listings'), ...series.map((s) => s.name)],
        rows: weeks.map((w, i) => [w.week.key, series.reduce((n, s) => n + s.values[i]!, 0), ...series.map((s) => s.values[i]!)]),
      }}
      note={
        weeks.length === 1
          ? t('chart_risk_one_week')
          : t('note_exposure')
      }
    >
      <StackedColumns
        label={t('chart_risk_label', { weeks: weeks.length, count: total })}
        xLabels={labels}
        series={series}
        percent
      />
      <Legend items={series.map((s) => ({ name: s.name, cls: `bg-${s.key}` }))} />
    </ChartFrame>
  );
}
