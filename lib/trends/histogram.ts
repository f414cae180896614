// Pay quantiles from a fixed set of log-spaced bins, so a median over any number of listings
// costs O(bins) and merging weeks is adding counts. 20 bins per decade from 1 to 1,000,000
// in the page's currency: each bin spans ×1.122, so a median read from the bins is within
// about ±6% of the exact one; amounts below 1 and from 1,000,000 up share an end bin.
export const BINS_PER_DECADE = 20;
export const BIN_FLOOR = 1;
export const DECADES = 6;
/** Underflow bin 0, DECADES × BINS_PER_DECADE log bins, overflow bin last. */
export const BIN_COUNT = DECADES * BINS_PER_DECADE + 2;

/** Sparse counts: bin index → count; bins with no listings are absent. */
export type Histogram = Record<string, number>;

export function binOf(value: number): number {
  if (!(value >= BIN_FLOOR)) return 0;
  const bin = Math.floor(Math.log10(value / BIN_FLOOR) * BINS_PER_DECADE) + 1;
  return Math.min(bin, BIN_COUNT - 1);
}

/** The smallest amount in a bin (0 for the underflow bin). */
export function binLower(bin: number): number {
  if (bin <= 0) return 0;
  return BIN_FLOOR * 10 ** ((bin - 1) / BINS_PER_DECADE);
}

/** Sums sparse histograms into one dense array of BIN_COUNT counts. */
export function addInto(dense: number[], sparse: Histogram | undefined): void {
  if (!sparse) return;
  for (const [bin, count] of Object.entries(sparse)) dense[Number(bin)] = (dense[Number(bin)] ?? 0) + count;
}

export const emptyDense = (): number[] => new Array<number>(BIN_COUNT).fill(0);

export const totalOf = (dense: readonly number[]): number => dense.reduce((a, b) => a + b, 0);

/** The q-quantile (0..1), interpolated geometrically inside its bin; null when empty. */
export function quantile(dense: readonly number[], q: number): number | null {
  const total = totalOf(dense);
  if (total === 0) return null;
  const target = q * total;
  let below = 0;
  for (let bin = 0; bin < dense.length; bin++) {
    const count = dense[bin] ?? 0;
    if (count > 0 && below + count >= target) {
      const lower = binLower(bin);
      if (bin === 0 || bin === BIN_COUNT - 1) return bin === 0 ? BIN_FLOOR / 2 : lower;
      const fraction = Math.min(1, Math.max(0, (target - below) / count));
      return lower * 10 ** (fraction / BINS_PER_DECADE);
    }
    below += count;
  }
  return binLower(BIN_COUNT - 1);
}

/** Share (0..100) of counted amounts below `value`, counting its own bin as half below. */
export function percentileOf(dense: readonly number[], value: number): number | null {
  const total = totalOf(dense);
  if (total === 0) return null;
  const own = binOf(value);
  let below = 0;
  for (let bin = 0; bin < own; bin++) below += dense[bin] ?? 0;
  return (100 * (below + (dense[own] ?? 0) / 2)) / total;
}
