// Quantiles from fixed log-spaced bins stay within one bin of the exact figure.
import { describe, expect, test } from 'vitest';
import { BINS_PER_DECADE, BIN_COUNT, binLower, binOf, emptyDense, percentileOf, quantile } from '@/lib/trends/histogram';
import { seededRandom } from './helpers';

const BIN_RATIO = 10 ** (1 / BINS_PER_DECADE);

describe('log-spaced bins', () => {
  test.each([
    [0, 0],
    [0.5, 0],
    [1, 1],
    [10, 21],
    [100, 41],
    [999_999, BIN_COUNT - 2],
    [1_000_000, BIN_COUNT - 1],
    [5e8, BIN_COUNT - 1],
  ])('%d goes to bin %d', (value, bin) => {
    expect(binOf(value)).toBe(bin);
  });

  test('every value lies in its bin', () => {
    const rng = seededRandom(7);
    for (let i = 0; i < 2000; i++) {
      const value = 10 ** (rng() * 6);
      const bin = binOf(value);
      expect(value).toBeGreaterThanOrEqual(binLower(bin) * (1 - 1e-12));
      expect(value).toBeLessThan(binLower(bin + 1) * (1 + 1e-12));
    }
  });

  test.each([1, 2, 3])('random pay (seed %d): median and quartiles within one bin of exact', (seed) => {
    const rng = seededRandom(seed);
    const values = Array.from({ length: 1 + Math.floor(rng() * 500) }, () => Math.round(5 * 10 ** (rng() * 3)));
    const dense = emptyDense();
    for (const v of values) dense[binOf(v)]!++;
    const sorted = [...values].sort((a, b) => a - b);
    for (const q of [0.25, 0.5, 0.75]) {
      const exact = sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;
      const estimate = quantile(dense, q)!;
      expect(estimate / exact).toBeGreaterThan(1 / BIN_RATIO);
      expect(estimate / exact).toBeLessThan(BIN_RATIO);
    }
  });

  test('percentile counts its own bin half below', () => {
    const dense = emptyDense();
    for (const v of [10, 20, 20, 30]) dense[binOf(v)]!++;
    expect(percentileOf(dense, 20)).toBe(50);
    expect(percentileOf(dense, 100)).toBe(100);
    expect(percentileOf(dense, 5)).toBe(0);
    expect(percentileOf(emptyDense(), 5)).toBeNull();
    expect(quantile(emptyDense(), 0.5)).toBeNull();
  });
});
