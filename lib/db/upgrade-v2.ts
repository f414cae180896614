// Schema v2: weekly aggregates and the meta store, backfilled from the listings v1 stored so
// a user's history has trends the moment they update.
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { GigLensDB, StoredListing } from './schema';
import { aggregateDeltas, applyDeltas } from './aggregates';

type UpgradeTx = IDBPTransaction<GigLensDB, ArrayLike<StoreNames<GigLensDB>>, 'versionchange'>;

/** Creates the stores now; the backfill runs on inside the upgrade transaction, which (like
 *  the open call) completes only once it is done. */
export function upgradeToV2(db: IDBPDatabase<GigLensDB>, tx: UpgradeTx): Promise<void> {
  db.createObjectStore('aggregates', { keyPath: ['origin', 'scope', 'week'] }).createIndex(
    'by-scope-week',
    ['scope', 'week'],
  );
  db.createObjectStore('meta', { keyPath: 'key' });
  // A failed request aborts the upgrade by itself and the open call reports it.
  // Returned so a later step that rewrites the listings (v4) waits for it.
  return backfill(tx).catch((error: unknown) => console.error('GigLens upgrade to v2 failed', error));
}

async function backfill(tx: UpgradeTx): Promise<void> {
  const deltas = new Map();
  const counts = { upwork: 0, fiverr: 0 };
  let unreadable = 0;
  let cursor = await tx.objectStore('listings').openCursor();
  while (cursor) {
    // v1 stored listings whole; v4 rewrites them only after this backfill (lib/db/open.ts).
    const listing = cursor.value as unknown as StoredListing;
    counts[listing.platform]++;
    try {
      aggregateDeltas([{ before: undefined, after: listing }], deltas);
    } catch {
      // A record v1 should never have written; it stays stored, only uncounted in trends.
      unreadable++;
    }
    cursor = await cursor.continue();
  }
  if (unreadable) console.warn(`GigLens upgrade: ${unreadable} stored listings could not be counted in trends`);
  const meta = tx.objectStore('meta');
  await Promise.all([
    applyDeltas(tx.objectStore('aggregates'), deltas.values()),
    meta.put({ key: 'origin', id: crypto.randomUUID() }),
    meta.put({ key: 'listingCount', count: counts.upwork + counts.fiverr }),
    meta.put({ key: 'platformCounts', ...counts }),
  ]);
}
