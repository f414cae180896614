// Reads of the `listings` store for every view: each hands out StoredListings (the listing,
// its worded label, when it was seen), never the compact records (lib/db/listing-record.ts).
import type { Platform } from '../model/listing';
import { readRecord } from './listing-record';
import type { GigLensDatabase, StoredListing } from './schema';

export async function getListing(db: GigLensDatabase, platform: Platform, id: string): Promise<StoredListing | null> {
  const record = await db.get('listings', [platform, id]);
  return record ? readRecord(record) : null;
}

export async function getListings(
  db: GigLensDatabase,
  keys: readonly { platform: Platform; id: string }[],
): Promise<(StoredListing | null)[]> {
  const tx = db.transaction('listings');
  const records = await Promise.all(keys.map((k) => tx.store.get([k.platform, k.id])));
  return records.map((r) => (r ? readRecord(r) : null));
}

/** Newest first, walking the lastSeen index so the cost is the page size, not the store. */
export async function recentListings(db: GigLensDatabase, limit = 100): Promise<StoredListing[]> {
  const out: StoredListing[] = [];
  let cursor = await db.transaction('listings').store.index('by-lastSeen').openCursor(null, 'prev');
  while (cursor && out.length < limit) {
    out.push(readRecord(cursor.value));
    cursor = await cursor.continue();
  }
  return out;
}

export async function savedListings(db: GigLensDatabase): Promise<StoredListing[]> {
  const saved = await db.getAllFromIndex('listings', 'by-saved');
  return saved.reverse().map(readRecord);
}

/** Listings last seen within [start, end), through the lastSeen index (not a full scan). */
export async function listingsLastSeen(db: GigLensDatabase, start: number, end: number): Promise<StoredListing[]> {
  const records = await db.getAllFromIndex('listings', 'by-lastSeen', IDBKeyRange.bound(start, end, false, true));
  return records.map(readRecord);
}

export async function allListings(db: GigLensDatabase): Promise<StoredListing[]> {
  return (await db.getAll('listings')).map(readRecord);
}

/** Calls `each` for every listing, newest first or in key order, without holding them all. */
export async function forEachListing(
  db: GigLensDatabase,
  order: 'key' | 'newest',
  each: (listing: StoredListing) => void,
): Promise<void> {
  const store = db.transaction('listings').store;
  let cursor = await (order === 'newest' ? store.index('by-lastSeen').openCursor(null, 'prev') : store.openCursor());
  while (cursor) {
    each(readRecord(cursor.value));
    cursor = await cursor.continue();
  }
}

/** Listings stored per platform: one read of the counts the writers keep (lib/db/retention.ts),
 *  counted from the index only in a database no writer has touched since v2. */
export async function countsByPlatform(db: GigLensDatabase): Promise<Record<Platform, number>> {
  const tx = db.transaction(['meta', 'listings']);
  const kept = await tx.objectStore('meta').get('platformCounts');
  if (kept?.key === 'platformCounts') return { upwork: kept.upwork, fiverr: kept.fiverr };
  const index = tx.objectStore('listings').index('by-platform-lastSeen');
  const [upwork, fiverr] = await Promise.all(
    (['upwork', 'fiverr'] as const).map((p) =>
      index.count(IDBKeyRange.bound([p, -Infinity], [p, Infinity])),
    ),
  );
  return { upwork: upwork ?? 0, fiverr: fiverr ?? 0 };
}
