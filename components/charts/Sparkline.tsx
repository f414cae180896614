// A word-sized line of weekly counts. Decorative: the text beside it carries the numbers.
export function Sparkline({ values, width = 64, height = 18 }: { values: number[]; width?: number; height?: number }) {
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? (width - 4) / (values.length - 1) : 0;
  const points = values.map((v, i) => [2 + i * step, height - 2 - ((height - 4) * v) / max] as const);
  const last = points[points.length - 1];
  return (
    <svg class="sparkline" viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true">
      {points.length > 1 && <polyline points={points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')} />}
      {last && <circle cx={last[0]} cy={last[1]} r={2} />}
    </svg>
  );
}
