// A listing's trend label from the user's stored history: local medians once both windows hold
// enough listings, "collecting" before, the percentile, and the baseline by Upwork category.
import { describe, expect, test } from 'vitest';
import { openDatabase, type GigLensDatabase } from '@/lib/db/open';
import { upsertBatch } from '@/lib/db/listings';
import type { Listing } from '@/lib/model/listing';
import type { CategoryLabel } from '@/lib/model/label';
import { trendsFor } from '@/lib/trends/listing-trends';
import { queryTrend } from '@/lib/trends/trend-query';
import { BINS_PER_DECADE } from '@/lib/trends/histogram';
import { weekOf } from '@/lib/trends/weeks';
import { CATEGORIES, DAY, NOW, SEARCH_2024_09, labelWith, pageListings } from './helpers';

const BIN = 10 ** (1 / BINS_PER_DECADE);
const WRITING: CategoryLabel = { id: 'content-writing', name: 'Content writing', upwork: 'Writing', confidence: 0.7 };

/** Copies of a real tile with a new id and an hourly rate. */
function hourly(base: Listing, id: string, rate: number): Listing {
  return { ...base, id, url: `https://www.upwork.com/jobs/${id}`, pay: { type: 'hourly', min: rate, max: rate, currency: 'USD' } };
}

async function storeHistory(db: GigLensDatabase, nBefore: number, nNow: number, category = WRITING) {
  const base = pageListings(SEARCH_2024_09)[4]!; // "Greek Writer for Cryptocurrency…", $20–25/h
  const items = (prefix: string, n: number, rate: number) =>
    Array.from({ length: n }, (_, i) => ({ listing: hourly(base, `~${prefix}${i}`, rate), label: labelWith(category) }));
  await upsertBatch(db, 'before-batch', items('b', nBefore, 20), NOW - 30 * DAY);
  await upsertBatch(db, 'now-batch', items('n', nNow, 30), NOW - 2 * DAY);
  return base;
}

describe('listing trend label', () => {
  test('local medians, change and percentile once both windows hold 10 listings', async () => {
    const db = await openDatabase();
    const base = await storeHistory(db, 12, 12);
    const { stored } = await upsertBatch(db, 'this', [{ listing: hourly(base, '~x', 40), label: labelWith(WRITING) }], NOW);
    const trend = (await trendsFor(db, stored, NOW)).get('upwork:~x')!;
    expect(trend.baseline?.upwork).toBe('Writing');
    expect(trend.history).toEqual({
      categoryName: 'Content writing',
      metric: 'hourlyMid',
      currency: 'USD',
      nNow: 13,
      nBefore: 12,
      needed: 10,
      nowWeeks: 4,
      beforeWeeks: 12,
    });
    const local = trend.local!;
    expect(local.nNow).toBe(13);
    expect(local.nBefore).toBe(12);
    expect(local.medianBefore / 20).toBeGreaterThan(1 / BIN);
    expect(local.medianBefore / 20).toBeLessThan(BIN);
    expect(local.medianNow / 30).toBeGreaterThan(1 / BIN);
    expect(local.medianNow / 30).toBeLessThan(BIN);
    expect(local.change).toBeCloseTo(local.medianNow / local.medianBefore - 1, 10);
    expect(local.change).toBeGreaterThan(0.3);
    // NOW is Wednesday 2026-08-05: this week began Monday 3 Aug, the window four weeks back.
    expect(local.window).toEqual({
      now: { from: '2026-07-13', to: '2026-08-09' },
      before: { from: '2026-04-20', to: '2026-07-12' },
    });
    // $40 is above all 24 others; its own bin counts half: (24 + 0.5) / 25.
    expect(trend.percentile).toBe(98);
    db.close();
  });

  test('collecting: too few listings now gives no local figures but says how many', async () => {
    const db = await openDatabase();
    const base = await storeHistory(db, 12, 3);
    const { stored } = await upsertBatch(db, 'this', [{ listing: hourly(base, '~x', 40), label: labelWith(WRITING) }], NOW);
    const trend = (await trendsFor(db, stored, NOW)).get('upwork:~x')!;
    expect(trend.local).toBeNull();
    expect(trend.history).toMatchObject({ nNow: 4, nBefore: 12, needed: 10 });
    expect(trend.percentile).toBe(100 * (15 + 0.5) / 16);
    db.close();
  });

  test('another category, another currency or no pay are not compared', async () => {
    const db = await openDatabase();
    const base = await storeHistory(db, 12, 12);
    const eur = { ...hourly(base, '~eur', 40), pay: { type: 'hourly' as const, min: 40, max: 40, currency: 'EUR' } };
    const { stored } = await upsertBatch(db, 'this', [
      { listing: hourly(base, '~design', 40), label: labelWith(CATEGORIES[2]!) },
      { listing: eur, label: labelWith(WRITING) },
      { listing: { ...base, id: '~nopay', pay: null }, label: labelWith(WRITING) },
      { listing: hourly(base, '~nocat', 40), label: labelWith(null) },
    ], NOW);
    const trends = await trendsFor(db, stored, NOW);
    expect(trends.get('upwork:~design')).toMatchObject({ local: null, percentile: null, history: { nNow: 1, nBefore: 0 } });
    expect(trends.get('upwork:~design')?.baseline?.upwork).toBe('Design & Creative');
    expect(trends.get('upwork:~eur')).toMatchObject({ local: null, percentile: null, history: { currency: 'EUR', nNow: 1 } });
    expect(trends.get('upwork:~nopay')).toMatchObject({ local: null, percentile: null, history: { metric: null } });
    expect(trends.get('upwork:~nocat')).toEqual({ baseline: null, local: null, percentile: null, history: null });
    db.close();
  });

  test('the weekly trend query reads one record per week, not the listings', async () => {
    const db = await openDatabase();
    await storeHistory(db, 12, 12);
    const series = await queryTrend(db, { scope: 'category:content-writing', metric: 'hourlyMid', currency: 'USD', weeks: 8, nowMs: NOW });
    expect(series.map((p) => [p.week, p.seen, p.n])).toEqual([
      [weekOf(NOW - 30 * DAY), 12, 12],
      [weekOf(NOW - 2 * DAY), 12, 12],
    ]);
    db.close();
  });
});
