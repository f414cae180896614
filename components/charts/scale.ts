// Axis arithmetic shared by the charts: a "nice" top value and evenly spaced ticks, so an
// axis reads 0, 5, 10, 15 rather than 0, 4.3, 8.6.
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

/** `count` + 1 ticks from 0 to niceMax(max); whole numbers only when the data are counts. */
export function ticks(max: number, count = 4, integer = false): number[] {
  let top = niceMax(max);
  if (integer && top < count) return Array.from({ length: Math.max(1, top) + 1 }, (_, i) => i);
  if (integer) top = Math.ceil(top / count) * count;
  return Array.from({ length: count + 1 }, (_, i) => (top / count) * i);
}

export const scaleLinear = (domainMax: number, rangeMax: number) => (v: number) =>
  domainMax === 0 ? 0 : (v / domainMax) * rangeMax;

/** Short week label: "2026-W07" → "W07", with the year on the first week and on a new year. */
export function weekLabels(keys: readonly string[]): string[] {
  return keys.map((k, i) => {
    const [year, week] = k.split('-');
    const prevYear = i > 0 ? keys[i - 1]!.split('-')[0] : null;
    return i === 0 || year !== prevYear ? `${week} ${year}` : week!;
  });
}
