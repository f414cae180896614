// Schema v4: listings as compact records (lib/db/listing-record.ts). Every stored listing is
// rewritten in place inside the upgrade transaction, with what the views, exports and a
// relabel read; the indexes move to the short field names, and the two no query used
// (by-firstSeen, by-category) go. Aggregates, outcomes and meta do not change.
import type { IDBPTransaction, StoreNames } from 'idb';
import { toRecord } from './listing-pack';
import type { GigLensDB, StoredListing } from './schema';

type UpgradeTx = IDBPTransaction<GigLensDB, ArrayLike<StoreNames<GigLensDB>>, 'versionchange'>;

/** `after`: the v2 backfill when it runs in the same upgrade; it reads v1's records. */
/** Returns when the rewrite is done, so a later step that reads the records (v5) waits. */
export function upgradeToV4(tx: UpgradeTx, after: Promise<void>): Promise<void> {
  const listings = tx.objectStore('listings');
  // The v1 index names, typed as v4 knows them; the old key paths read v3's field names.
  for (const name of ['by-lastSeen', 'by-firstSeen', 'by-category', 'by-platform-lastSeen', 'by-saved']) {
    listings.deleteIndex(name as 'by-lastSeen');
  }
  listings.createIndex('by-lastSeen', 'l');
  listings.createIndex('by-platform-lastSeen', ['platform', 'l']);
  listings.createIndex('by-saved', 's');
  // A failed request aborts the upgrade by itself, and the open call reports it: nothing is
  // half converted.
  return after.then(() => rewrite(tx)).catch((error: unknown) => console.error('GigLens upgrade to v4 failed', error));
}

async function rewrite(tx: UpgradeTx): Promise<void> {
  let cursor = await tx.objectStore('listings').openCursor();
  while (cursor) {
    const old = cursor.value as unknown as StoredListing | GigLensDB['listings']['value'];
    // A record already compact (an upgrade run twice by a test) is left as it is.
    if (!('z' in old)) await cursor.update(toRecord(old));
    cursor = await cursor.continue();
  }
}
