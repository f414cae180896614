// Schema v3 → v4 with the real listings of every saved page: a v3 database written as v3's
// writer wrote it (whole listings, worded labels, aggregates in the same transaction) is
// upgraded, and the popup, the dashboard and the trends read the same results from it.
import { describe, expect, test } from 'vitest';
import { compactDescription } from '@/lib/db/description-words';
import { useDescriptionCompactor } from '@/lib/db/listing-pack';
import { allAggregates, applyListingChanges } from '@/lib/db/aggregates';
import { allListings, listingsLastSeen, savedListings } from '@/lib/db/listing-reads';
import { toStored, upsertBatch } from '@/lib/db/listings';
import { openDatabase, type GigLensDatabase } from '@/lib/db/open';
import type { StoredListing } from '@/lib/db/schema';
import { filterListings, NO_FILTER, sortListings } from '@/lib/insights/filter';
import type { PopupData } from '@/lib/insights/own-history';
import { popupView } from '@/lib/insights/popup-view';
import { categoryShares, medianPayByCategory, riskMixByWeek } from '@/lib/insights/series';
import { lastWeeks } from '@/lib/insights/time';
import { loadWeeklyAggregates } from '@/lib/insights/weekly-figures';
import { labelWith } from '@/lib/rules/engine';
import { trendsFor } from '@/lib/trends/listing-trends';
import { savedPageItems } from './saved-page-listings';

const DAY = 86_400_000;
// As the background sets it (lib/background/start.ts): descriptions are kept compact.
useDescriptionCompactor(compactDescription);

const NOW = Date.UTC(2026, 7, 5, 12);
const same = (a: unknown) => JSON.parse(JSON.stringify(a)) as unknown;
/** Views hand listings on whole: their descriptions are compared apart (v4 keeps less of them). */
const figures = (a: unknown) => JSON.parse(JSON.stringify(a, (k, v: unknown) => (k === 'description' ? undefined : v))) as unknown;

/** What v3's writer stored: seen over six weeks, every fifth seen again today, every seventh saved. */
async function storeV3(): Promise<StoredListing[]> {
  const stored = savedPageItems().map((item, n) => {
    let s = toStored(item, undefined, NOW - (n % 42) * DAY);
    if (n % 5 === 0) s = toStored(item, s, NOW);
    if (n % 7 === 0) s.savedAt = NOW - n;
    return s;
  });
  const v3 = await openDatabase(3);
  const tx = v3.transaction(['listings', 'aggregates', 'meta'], 'readwrite');
  await Promise.all([
    ...stored.map((s) => tx.objectStore('listings').put(s as never)),
    applyListingChanges(tx.objectStore('aggregates'), stored.map((after) => ({ before: undefined, after }))),
    tx.objectStore('meta').put({ key: 'platformCounts', upwork: stored.filter((s) => s.platform === 'upwork').length, fiverr: stored.filter((s) => s.platform === 'fiverr').length }),
  ]);
  await tx.done;
  v3.close();
  return stored;
}

/** What the popup, the dashboard and the trends work out from a history. */
async function views(db: GigLensDatabase, thisWeek: StoredListing[], saved: StoredListing[], all: StoredListing[]) {
  const weeks = lastWeeks(NOW, 8);
  const data: PopupData = {
    weeks, thisWeek, saved, weekly: await loadWeeklyAggregates(db, weeks), health: [],
    counts: { upwork: 0, fiverr: 0 }, storage: { retention: null, storageFull: null },
  };
  const byKey = (l: StoredListing) => `${l.platform}:${l.id}`;
  const sorted = [...all].sort((a, b) => byKey(a).localeCompare(byKey(b)));
  return figures({
    popup: popupView(data, NOW, 0.15),
    saved: saved.map(byKey),
    riskMix: riskMixByWeek(sorted),
    shares: categoryShares(sorted),
    hourly: medianPayByCategory(sorted, 'hourly'),
    search: filterListings(sorted, { ...NO_FILTER, query: 'shopify' }).map(byKey),
    byPay: sortListings(sorted, { key: 'pay', dir: 'desc' }).map(byKey),
    trends: [...(await trendsFor(db, sorted, NOW))],
    aggregates: await allAggregates(db),
  });
}

describe('upgrade from schema v3 to v4', () => {
  test('keeps every listing and label; popup, dashboard and trends read the same', async () => {
    const stored = await storeV3();
    expect(stored.length).toBeGreaterThan(150);
    const v3 = await openDatabase(3);
    const read = async (range: [number, number]) =>
      (await v3.getAllFromIndex('listings', 'by-lastSeen', IDBKeyRange.bound(...range, false, true))) as unknown as StoredListing[];
    const savedV3 = ((await v3.getAllFromIndex('listings', 'by-saved')) as unknown as StoredListing[]).reverse();
    const week = lastWeeks(NOW, 1)[0]!;
    const before = await views(v3, await read([week.start, week.end]), savedV3, stored);
    v3.close();

    const db = await openDatabase(4);
    expect(db.version).toBe(4);
    const after = await allListings(db);
    expect(after).toHaveLength(stored.length);
    const byId = new Map(after.map((l) => [`${l.platform}:${l.id}`, l]));
    for (const old of stored) {
      const now = byId.get(`${old.platform}:${old.id}`)!;
      // Everything but the description is kept as it was, the label word for word.
      expect({ ...now, description: null }).toEqual({ ...old, description: null });
      // The description keeps what the rules read: a relabel gives the same label.
      expect(same(labelWith(now))).toEqual(same(labelWith(old)));
      if (old.description) expect(old.description.startsWith(now.description!.split(' … | ')[0]!)).toBe(true);
    }
    const week4 = await listingsLastSeen(db, week.start, week.end);
    const now = await views(db, week4, await savedListings(db), after);
    for (const part of Object.keys(before as object)) expect([part, (now as Record<string, unknown>)[part]]).toEqual([part, (before as Record<string, unknown>)[part]]);

    // The upgraded database goes on as any other: a listing seen again counts once more.
    const item = savedPageItems()[1]!;
    db.close();
    const v5 = await openDatabase();
    const result = await upsertBatch(v5, 'after-upgrade', [item], NOW + DAY);
    expect(result.stored[0]!.seenCount).toBe(byId.get(`${item.listing.platform}:${item.listing.id}`)!.seenCount + 1);
    v5.close();
  });
});
