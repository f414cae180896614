// Lines over weeks: listings seen per category. Each series has its own colour and dash
// pattern and a marker on every point, so a single week of data still shows as dots.
import { scaleLinear, ticks } from './scale';

export interface LineSeries {
  name: string;
  /** Stroke/fill class, e.g. "s1" (theme.css gives .line.s1 and .dot.s1 their colour). */
  cls: string;
  dash?: string;
  values: (number | null)[];
}

export interface LinesProps {
  label: string;
  xLabels: string[];
  series: LineSeries[];
  integer: boolean;
}

const W = 720;
const H = 300;
const M = { left: 44, right: 16, top: 16, bottom: 40 };

export function Lines({ label, xLabels, series, integer }: LinesProps) {
  const max = Math.max(0, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  const yTicks = ticks(max, 4, integer);
  const top = yTicks[yTicks.length - 1]!;
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const y = scaleLinear(top, plotH);
  const px = (i: number) => M.left + (xLabels.length === 1 ? plotW / 2 : (plotW * i) / (xLabels.length - 1));
  const py = (v: number) => M.top + plotH - y(v);
  const every = Math.ceil(xLabels.length / 12);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} class="chart-svg">
      {yTicks.map((t) => (
        <g key={t}>
          <line class="grid" x1={M.left} x2={W - M.right} y1={py(t)} y2={py(t)} />
          <text class="axis" x={M.left - 6} y={py(t)} text-anchor="end" dominant-baseline="middle">
            {t}
          </text>
        </g>
      ))}
      {xLabels.map((x, i) =>
        i % every === 0 ? (
          <text key={x} class="axis" x={px(i)} y={H - M.bottom + 18} text-anchor="middle">
            {x}
          </text>
        ) : null,
      )}
      {series.map((s) => {
        // A null breaks the line: a week without a figure is not a zero.
        const segments: string[] = [];
        let current = '';
        s.values.forEach((v, i) => {
          if (v === null) {
            if (current) segments.push(current);
            current = '';
          } else current += `${current ? 'L' : 'M'}${px(i).toFixed(1)},${py(v).toFixed(1)}`;
        });
        if (current) segments.push(current);
        return (
          <g key={s.name}>
            {segments.map((d) => (
              <path key={d} class={`line ${s.cls}`} d={d} stroke-dasharray={s.dash} />
            ))}
            {s.values.map((v, i) =>
              v === null ? null : (
                <circle key={i} class={`dot ${s.cls}`} cx={px(i)} cy={py(v)} r={3.5}>
                  <title>{`${s.name}, ${xLabels[i]}: ${v}`}</title>
                </circle>
              ),
            )}
          </g>
        );
      })}
      <line class="axis-line" x1={M.left} x2={W - M.right} y1={M.top + plotH} y2={M.top + plotH} />
    </svg>
  );
}
