// Stacked columns, one per week: the risk mix over time. With `percent` each column shows
// shares of that week (n above it), so weeks with few listings still compare.
import { formatNumber, t } from '@/lib/i18n';
import { scaleLinear, ticks } from './scale';

export interface ColumnSeries {
  key: string;
  name: string;
  /** Fill class, e.g. "fill-high". */
  cls: string;
  values: number[];
}

export interface StackedColumnsProps {
  label: string;
  xLabels: string[];
  series: ColumnSeries[];
  percent: boolean;
}

const W = 720;
const H = 300;
const M = { left: 44, right: 12, top: 22, bottom: 40 };

export function StackedColumns({ label, xLabels, series, percent }: StackedColumnsProps) {
  const totals = xLabels.map((_, i) => series.reduce((s, ser) => s + (ser.values[i] ?? 0), 0));
  const yTicks = percent ? [0, 25, 50, 75, 100] : ticks(Math.max(...totals, 1), 4, true);
  const top = yTicks[yTicks.length - 1]!;
  const plotH = H - M.top - M.bottom;
  const y = scaleLinear(top, plotH);
  const band = (W - M.left - M.right) / Math.max(1, xLabels.length);
  const colW = Math.min(56, band * 0.7);
  const every = Math.ceil(xLabels.length / 12);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} class="chart-svg">
      {yTicks.map((t) => (
        <g key={t}>
          <line class="grid" x1={M.left} x2={W - M.right} y1={M.top + plotH - y(t)} y2={M.top + plotH - y(t)} />
          <text class="axis" x={M.left - 6} y={M.top + plotH - y(t)} text-anchor="end" dominant-baseline="middle">
            {percent ? `${t}%` : t}
          </text>
        </g>
      ))}
      {xLabels.map((x, i) => {
        const cx = M.left + band * i + band / 2;
        const total = totals[i]!;
        let acc = 0;
        return (
          <g key={x}>
            {total > 0 &&
              series.map((s) => {
                const v = s.values[i] ?? 0;
                if (v === 0) return null;
                const value = percent ? (v / total) * 100 : v;
                const h = y(value);
                const rect = (
                  <rect key={s.key} class={s.cls} x={cx - colW / 2} y={M.top + plotH - y(acc) - h} width={colW} height={h}>
                    <title>{percent ? t('chart_column_share', { week: x, name: s.name, n: v, total, share: Math.round(value) }) : `${x}: ${s.name} ${formatNumber(v)}`}</title>
                  </rect>
                );
                acc += value;
                return rect;
              })}
            <text class="axis small" x={cx} y={M.top + plotH - y(acc) - 6} text-anchor="middle">
              {total === 0 ? t('chart_none') : percent ? `n=${formatNumber(total)}` : ''}
            </text>
            {i % every === 0 && (
              <text class="axis" x={cx} y={H - M.bottom + 18} text-anchor="middle">
                {x}
              </text>
            )}
          </g>
        );
      })}
      <line class="axis-line" x1={M.left} x2={W - M.right} y1={M.top + plotH} y2={M.top + plotH} />
    </svg>
  );
}
