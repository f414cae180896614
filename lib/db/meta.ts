// Reads of the `meta` store: this database's origin id and the notices the popup shows.
import type { GigLensDatabase } from './open';
import type { RetentionNotice, StorageFullNotice } from './meta-records';

export async function originId(db: GigLensDatabase): Promise<string | null> {
  const rec = await db.get('meta', 'origin');
  return rec?.key === 'origin' ? rec.id : null;
}

export interface StorageNotices {
  /** Set once raw listings were pruned: "GigLens keeps your newest 100,000 listings…". */
  retention: RetentionNotice | null;
  /** Set when a write failed on a full disk. */
  storageFull: StorageFullNotice | null;
}

export async function storageNotices(db: GigLensDatabase): Promise<StorageNotices> {
  const tx = db.transaction('meta');
  const [retention, storageFull] = await Promise.all([tx.store.get('retention'), tx.store.get('storageFull')]);
  return {
    retention: retention?.key === 'retention' ? retention : null,
    storageFull: storageFull?.key === 'storageFull' ? storageFull : null,
  };
}

/** Best effort: on a full disk even this small write may fail, and that must not hide the
 *  first error. */
export async function recordStorageFull(db: GigLensDatabase, lost: number, at = Date.now()): Promise<void> {
  try {
    await db.put('meta', { key: 'storageFull', at, lost });
  } catch {
    // The reply to the content script still says the disk is full.
  }
}
