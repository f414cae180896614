// A real history for the export tests: the tiles of two saved Upwork search pages seen over six
// weeks, some twice, one saved, and with a cap that prunes the oldest so the aggregates hold
// more than the listings.
import { allListings } from '@/lib/db/listing-reads';
import { IDBFactory } from 'fake-indexeddb';
import { openDatabase, type GigLensDatabase } from '@/lib/db/open';
import { setSaved, upsertBatch } from '@/lib/db/listings';
import { allAggregates } from '@/lib/db/aggregates';
import { CATEGORIES, DAY, NOW, SEARCH_2024_08, SEARCH_2024_09, labelWith, pageListings } from '../trends/helpers';

export async function realHistory(cap = 1000): Promise<GigLensDatabase> {
  const db = await openDatabase();
  const listings = [...pageListings(SEARCH_2024_09), ...pageListings(SEARCH_2024_08)];
  for (let n = 0; n < listings.length; n += 5) {
    const items = listings.slice(n, n + 5).map((listing, i) => ({ listing, label: labelWith(CATEGORIES[(n + i) % 4] ?? null) }));
    await upsertBatch(db, `batch-${n}`, items, NOW - (40 - n) * DAY, cap);
  }
  // The first page seen again this week: seenCount 2.
  await upsertBatch(db, 'again', listings.slice(0, 10).map((listing) => ({ listing, label: null })), NOW, cap);
  await setSaved(db, 'upwork', listings[12]!.id, true, NOW);
  return db;
}

/** A second, empty GigLens database (another browser). */
export async function freshDatabase(): Promise<GigLensDatabase> {
  globalThis.indexedDB = new IDBFactory();
  return openDatabase();
}

/** Everything stored, for "nothing changed" checks. */
export async function dump(db: GigLensDatabase) {
  return {
    listings: await allListings(db),
    aggregates: await allAggregates(db),
    meta: await db.getAll('meta'),
  };
}

/** Aggregates summed over origins: what trends read, whoever's history it is. */
export async function totals(db: GigLensDatabase): Promise<Record<string, unknown>> {
  const out: Record<string, { seen: number; proposals: Record<string, number>; pay: Record<string, number> }> = {};
  for (const a of await allAggregates(db)) {
    const t = (out[`${a.scope}|${a.week}`] ??= { seen: 0, proposals: {}, pay: {} });
    t.seen += a.seen;
    for (const [k, n] of Object.entries(a.proposals)) t.proposals[k] = (t.proposals[k] ?? 0) + n;
    for (const [cur, metrics] of Object.entries(a.pay)) {
      for (const [m, hist] of Object.entries(metrics)) {
        for (const [bin, n] of Object.entries(hist ?? {})) t.pay[`${cur}/${m}/${bin}`] = (t.pay[`${cur}/${m}/${bin}`] ?? 0) + n;
      }
    }
  }
  return out;
}
