// Grouped horizontal bars: one row per category, one bar per series (yours, the 2023
// baseline, the 2026 baseline). Long category names stay readable on the left; a missing
// figure says "no figure" rather than drawing a zero.
import { t } from '@/lib/i18n';
import { scaleLinear, ticks } from './scale';

export interface BarSeries {
  name: string;
  /** Fill class, e.g. "fill-s1". */
  cls: string;
}

export interface BarRow {
  label: string;
  values: (number | null)[];
}

export interface HBarsProps {
  label: string;
  series: BarSeries[];
  rows: BarRow[];
  format: (v: number) => string;
}

const W = 720;
/** Roughly the width of one 12px character: the label column fits the longest label. */
const CHAR_W = 6.6;
const VALUE_W = 64;
const BAR_H = 13;
const GAP = 3;
const ROW_PAD = 10;
const AXIS_H = 22;

export function HBars({ label, series, rows, format }: HBarsProps) {
  const max = Math.max(0, ...rows.flatMap((r) => r.values.filter((v): v is number => v !== null)));
  const xTicks = ticks(max, 4);
  const top = xTicks[xTicks.length - 1]!;
  const LABEL_W = Math.min(300, Math.max(120, Math.ceil(Math.max(...rows.map((r) => r.label.length)) * CHAR_W) + 12));
  const plotW = W - LABEL_W - VALUE_W;
  const x = scaleLinear(top, plotW);
  const rowH = series.length * (BAR_H + GAP) + ROW_PAD;
  const H = rows.length * rowH + AXIS_H + 4;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} class="chart-svg">
      {xTicks.map((t) => (
        <g key={t}>
          <line class="grid" x1={LABEL_W + x(t)} x2={LABEL_W + x(t)} y1={0} y2={H - AXIS_H} />
          <text class="axis" x={LABEL_W + x(t)} y={H - 6} text-anchor="middle">
            {format(t)}
          </text>
        </g>
      ))}
      {rows.map((r, i) => {
        const y0 = i * rowH + ROW_PAD / 2;
        return (
          <g key={r.label}>
            <text class="label" x={LABEL_W - 8} y={y0 + (rowH - ROW_PAD) / 2} text-anchor="end" dominant-baseline="middle">
              {r.label}
            </text>
            {series.map((s, j) => {
              const v = r.values[j] ?? null;
              const y = y0 + j * (BAR_H + GAP);
              if (v === null) {
                return (
                  <text key={s.name} class="axis small" x={LABEL_W + 4} y={y + BAR_H / 2} dominant-baseline="middle">
                    {t('chart_no_figure', { name: s.name })}
                  </text>
                );
              }
              return (
                <g key={s.name}>
                  <rect class={s.cls} x={LABEL_W} y={y} width={Math.max(1, x(v))} height={BAR_H}>
                    <title>{`${r.label}, ${s.name}: ${format(v)}`}</title>
                  </rect>
                  <text class="value" x={LABEL_W + x(v) + 4} y={y + BAR_H / 2} dominant-baseline="middle">
                    {format(v)}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
      <line class="axis-line" x1={LABEL_W} x2={LABEL_W} y1={0} y2={H - AXIS_H} />
    </svg>
  );
}
