import { describe, expect, it, test } from 'vitest';
import { isoWeekKey, lastWeeks, weekStart } from '@/lib/insights/time';
import { median, payFigure, percentileRank } from '@/lib/insights/pay';
import { formatPay } from '@/lib/insights/format';
import type { Pay } from '@/lib/model/listing';

describe('ISO weeks in UTC', () => {
  test.each([
    ['2026-08-12T12:00:00Z', '2026-W33'],
    ['2026-08-10T00:00:00Z', '2026-W33'],
    ['2026-08-09T23:59:59Z', '2026-W32'],
    ['2026-01-01T00:00:00Z', '2026-W01'], // a Thursday: week 1 is its week
    ['2025-12-29T00:00:00Z', '2026-W01'],
    ['2024-12-30T00:00:00Z', '2025-W01'],
    ['2021-01-03T12:00:00Z', '2020-W53'],
    ['2023-01-01T12:00:00Z', '2022-W52'],
  ])('%s is in %s', (iso, key) => {
    expect(isoWeekKey(Date.parse(iso))).toBe(key);
  });

  it('starts weeks on Monday and lists the last ones oldest first', () => {
    expect(new Date(weekStart(Date.parse('2026-08-16T23:00:00Z'))).toISOString()).toBe('2026-08-10T00:00:00.000Z');
    expect(lastWeeks(Date.parse('2026-01-02T00:00:00Z'), 3).map((w) => w.key)).toEqual(['2025-W51', '2025-W52', '2026-W01']);
  });
});

describe('pay figures', () => {
  test.each<[Pay | null, ReturnType<typeof payFigure>, string]>([
    [{ type: 'hourly', min: 15, max: 30, currency: 'USD' }, { kind: 'hourly', amount: 22.5, currency: 'USD' }, '$15–$30/h'],
    [{ type: 'hourly', min: 20, max: null, currency: 'USD' }, { kind: 'hourly', amount: 20, currency: 'USD' }, '$20/h'],
    [{ type: 'hourly', min: null, max: null, currency: 'USD' }, null, 'Hourly'],
    [{ type: 'fixed', amount: 15000, currency: 'USD' }, { kind: 'fixed', amount: 15000, currency: 'USD' }, '$15,000'],
    [{ type: 'from', amount: 25, currency: 'EUR' }, { kind: 'from', amount: 25, currency: 'EUR' }, 'From €25'],
    [null, null, '—'],
  ])('%j → %j, written %s', (pay, figure, words) => {
    expect(payFigure({ pay })).toEqual(figure);
    expect(formatPay({ pay })).toBe(words);
  });

  it('adds the home currency the user typed, for USD amounts only', () => {
    const home = { code: 'EUR', perUsd: 0.9 };
    expect(formatPay({ pay: { type: 'fixed', amount: 50, currency: 'USD' } }, home)).toBe('$50 (≈ €45)');
    expect(formatPay({ pay: { type: 'hourly', min: 15, max: 30, currency: 'USD' } }, { code: 'PKR', perUsd: 280 })).toMatch(
      /^\$15–\$30\/h \(≈ Rs\s6,300\)$/,
    );
    expect(formatPay({ pay: { type: 'fixed', amount: 50, currency: 'EUR' } }, home)).toBe('€50');
  });

  it('computes medians and percentile ranks', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percentileRank(40, [10, 20, 40, 40, 50])).toBe(80);
    expect(percentileRank(5, [10, 20])).toBe(0);
    expect(percentileRank(5, [])).toBe(0);
  });
});
