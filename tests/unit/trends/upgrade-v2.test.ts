// Schema v1 → v2 with real listings: everything v1 stored is kept and the weekly aggregates
// are backfilled from it.
import { describe, expect, test } from 'vitest';
import { openDatabase } from '@/lib/db/open';
import { toStored } from '@/lib/db/listings';
import { allAggregates } from '@/lib/db/aggregates';
import { originId } from '@/lib/db/meta';
import type { StoredListing } from '@/lib/db/schema';
import { totalOf, addInto, emptyDense, binOf } from '@/lib/trends/histogram';
import { weekOf } from '@/lib/trends/weeks';
import { CATEGORIES, DAY, NOW, SEARCH_2024_09, labelWith, pageListings } from './helpers';

async function storeV1(): Promise<StoredListing[]> {
  const v1 = await openDatabase(1);
  expect([...v1.objectStoreNames].sort()).toEqual(['batches', 'listings', 'pageHealth']);
  const listings = pageListings(SEARCH_2024_09);
  const stored = listings.map((listing, n) =>
    // Two weeks apart: the first ten a fortnight ago, the rest today; all Websites & CMS.
    toStored({ listing, label: labelWith(CATEGORIES[0]!) }, undefined, n < 10 ? NOW - 14 * DAY : NOW),
  );
  // Three listings seen again today: seenCount 2, still one listing each.
  for (const n of [0, 1, 2]) stored[n] = toStored({ listing: listings[n]!, label: null }, stored[n], NOW);
  // v1 stored listings whole (v4 made them compact records).
  for (const s of stored) await v1.put('listings', s as never);
  v1.close();
  return stored;
}

describe('upgrade from schema v1 to v2', () => {
  test('keeps every listing and backfills the aggregates from them', async () => {
    const before = await storeV1();
    const db = await openDatabase(2);
    expect(db.version).toBe(2);
    // Still v2's whole listings (v4 made them compact records).
    const after = (await db.getAll('listings')) as unknown as StoredListing[];
    expect(after).toHaveLength(20);
    const byId = new Map(after.map((l) => [l.id, l]));
    for (const s of before) expect(byId.get(s.id)).toEqual(s);
    expect(byId.get('~0112806dc0c582779c')?.seenCount).toBe(2);

    const aggregates = await allAggregates(db);
    const platform = aggregates.filter((a) => a.scope === 'platform:upwork');
    expect(platform.map((a) => [a.week, a.seen]).sort()).toEqual(
      [[weekOf(NOW - 14 * DAY), 10], [weekOf(NOW), 10]].sort(),
    );
    // Read from the page: 12 hourly jobs and 8 fixed ones; proposals tiers as the tiles state them.
    const hourly = emptyDense();
    const fixed = emptyDense();
    const tiers: Record<string, number> = {};
    for (const a of platform) {
      addInto(hourly, a.pay['USD']?.hourlyMid);
      addInto(fixed, a.pay['USD']?.fixed);
      for (const [tier, n] of Object.entries(a.proposals)) tiers[tier] = (tiers[tier] ?? 0) + n;
    }
    expect(totalOf(hourly)).toBe(12);
    expect(totalOf(fixed)).toBe(8);
    expect(fixed[binOf(1000)]).toBe(3);
    expect(fixed[binOf(250)]).toBe(2);
    expect(hourly[binOf((16 + 40) / 2)]).toBe(1);
    expect(tiers).toEqual({ '0-4': 9, '10-15': 5, '15-20': 2, '20-50': 3 });
    // Each listing's category and its Upwork top category, once per listing.
    const seenIn = (scope: string) =>
      aggregates.filter((a) => a.scope === scope).reduce((sum, a) => sum + a.seen, 0);
    expect(seenIn('category:websites-cms')).toBe(20);
    expect(seenIn('upwork:Web, Mobile & Software Dev')).toBe(20);
    // Skills are matched case-insensitively: every tile listing "Shopify" counts once.
    const shopify = before.filter((l) => l.skills.some((s) => s.toLowerCase() === 'shopify')).length;
    expect(shopify).toBeGreaterThan(1);
    expect(seenIn('skill:shopify')).toBe(shopify);

    expect(await db.get('meta', 'listingCount')).toEqual({ key: 'listingCount', count: 20 });
    expect(await db.get('meta', 'platformCounts')).toEqual({ key: 'platformCounts', upwork: 20, fiverr: 0 });
    expect(await originId(db)).toMatch(/^[0-9a-f-]{36}$/);
    db.close();
  });

  test('a new database has empty aggregates and zero counts', async () => {
    const db = await openDatabase();
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['aggregates', 'meta']));
    expect(await allAggregates(db)).toEqual([]);
    expect(await db.get('meta', 'listingCount')).toEqual({ key: 'listingCount', count: 0 });
    expect(await db.get('meta', 'platformCounts')).toEqual({ key: 'platformCounts', upwork: 0, fiverr: 0 });
    db.close();
  });
});
