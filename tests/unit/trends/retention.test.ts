// Retention and a full disk: raw listings beyond the cap go oldest first (saved ones stay) with a
// notice, aggregates keep counting them; a QuotaExceededError loses nothing already stored.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { openDatabase } from '@/lib/db/open';
import { countsByPlatform, setSaved, upsertBatch } from '@/lib/db/listings';
import { allAggregates } from '@/lib/db/aggregates';
import { storageNotices } from '@/lib/db/meta';
import { handleMessage } from '@/lib/background/handle-message';
import { CATEGORIES, DAY, NOW, SEARCH_2024_09, labelWith, pageListings } from './helpers';

const items = (from: number, to: number) =>
  pageListings(SEARCH_2024_09)
    .slice(from, to)
    .map((listing) => ({ listing, label: labelWith(CATEGORIES[0]!) }));

const platformSeen = async (db: Awaited<ReturnType<typeof openDatabase>>) =>
  (await allAggregates(db)).filter((a) => a.scope === 'platform:upwork').reduce((n, a) => n + a.seen, 0);

afterEach(() => vi.restoreAllMocks());

describe('retention', () => {
  test('prunes the listings seen longest ago beyond the cap, keeps saved ones, keeps aggregates', async () => {
    const db = await openDatabase();
    const all = pageListings(SEARCH_2024_09);
    for (let n = 0; n < 8; n++) await upsertBatch(db, `b${n}`, items(n, n + 1), NOW + n * DAY, 100);
    await setSaved(db, 'upwork', all[0]!.id, true, NOW);
    const result = await upsertBatch(db, 'b8', items(8, 10), NOW + 9 * DAY, 5);
    expect(result.pruned).toBe(5);
    const left = (await db.getAll('listings')).map((l) => l.id).sort();
    // Kept: the saved first listing and the four seen last (6, 7 and the two just stored).
    expect(left).toEqual([all[0]!.id, all[6]!.id, all[7]!.id, all[8]!.id, all[9]!.id].sort());
    expect(await platformSeen(db)).toBe(10);
    const { retention } = await storageNotices(db);
    expect(retention).toEqual({ key: 'retention', cap: 5, prunedTotal: 5, lastPrunedAt: NOW + 9 * DAY, lastPrunedCount: 5 });
    expect(await db.get('meta', 'listingCount')).toEqual({ key: 'listingCount', count: 5 });
    expect(await countsByPlatform(db)).toEqual({ upwork: 5, fiverr: 0 });
    db.close();
  });

  test('a full disk aborts the batch whole: nothing stored before is lost, nothing half-written', async () => {
    const db = await openDatabase();
    await upsertBatch(db, 'first', items(0, 3), NOW - DAY);
    const listingsBefore = await db.getAll('listings');
    const aggregatesBefore = await allAggregates(db);
    const metaBefore = await db.getAll('meta');
    // A full disk fails a write request asynchronously and the browser aborts the transaction;
    // a duplicate `add` fails the same way, so it stands in, with the quota error as its error.
    const { put, add } = IDBObjectStore.prototype;
    const victim = pageListings(SEARCH_2024_09)[4]!.id;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value, key) {
      if (this.name !== 'listings' || (value as { id?: string }).id !== victim) return put.call(this, value, key);
      const request = add.call(this, listingsBefore[0]);
      let failed: unknown = null;
      Object.defineProperty(request, 'error', {
        get: () => (failed ? new DOMException('Quota exceeded.', 'QuotaExceededError') : null),
        set: (error: unknown) => (failed = error),
      });
      return request;
    });
    // Listings 0–2 seen again (would bump seenCount) and 3–5 new, one of which does not fit.
    const page = { platform: 'upwork', kind: 'search', status: 'ok', health: { found: 6, parsed: 6 }, url: 'https://www.upwork.com/nx/search/jobs/?q=automation' };
    const reply = await handleMessage(() => Promise.resolve(db), { type: 'seen', batchId: 'second-batch', page, items: items(0, 6) }, {
      settings: () => Promise.resolve({ retentionCap: 100_000 }),
      now: () => NOW,
    });
    expect(reply).toMatchObject({ ok: false, reason: 'quota' });
    vi.restoreAllMocks();
    expect(await db.getAll('listings')).toEqual(listingsBefore);
    expect(await allAggregates(db)).toEqual(aggregatesBefore);
    expect(await db.get('batches', 'second-batch')).toBeUndefined();
    expect(await db.getAll('meta')).toEqual([...metaBefore, { key: 'storageFull', at: NOW, lost: 6 }]);
    expect((await storageNotices(db)).storageFull).toEqual({ key: 'storageFull', at: NOW, lost: 6 });
    db.close();
  });
});
