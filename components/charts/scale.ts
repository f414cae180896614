// Axis arithmetic shared by the charts: evenly spaced "nice" ticks, so an axis reads
// 0, 20, 40, 60 rather than 0, 13, 26, 39.
/** The smallest 1, 2 or 5 × 10^k step at least `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * power >= raw) return m * power;
  return 10 * power;
}

/** Ticks from 0 past `max` in about `count` nice steps (0, 0.2, 0.4…; 0, 20, 40…); whole
 *  numbers only when the data are counts. */
export function ticks(max: number, count = 4, integer = false): number[] {
  if (!(max > 0)) return [0, 1];
  const step = Math.max(integer ? 1 : 0, niceStep(max / count));
  const n = Math.ceil(max / step - 1e-9);
  // Rounded to the step's precision so 0.6000000001 prints as 0.6.
  return Array.from({ length: n + 1 }, (_, i) => Number((i * step).toPrecision(12)));
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
