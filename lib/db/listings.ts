// Writes of the `listings` store (only the background writes) and the per-platform counts;
// the reads are in listing-reads.ts.
import type { Label } from '../model/label';
import type { Listing, Platform } from '../model/listing';
import { DEFAULT_SETTINGS } from '../settings/settings-schema';
import { applyListingChanges } from './aggregates';
import { toRecord } from './listing-pack';
import { readRecord } from './listing-record';
import { pruneBeyondCap } from './retention';
import { applySkillChanges } from './skill-weeks';

export { countsByPlatform, recentListings, savedListings } from './listing-reads';
import type { GigLensDatabase, StoredListing } from './schema';
import { inTransaction } from './transaction';

export interface SeenItem {
  listing: Listing;
  label: Label | null;
  /** The user's filters fade or fold it on this view (counted in the weekly figures). */
  filtered?: 'fade' | 'fold' | null;
}

export interface UpsertResult {
  /** False when this batch id was stored before (a resend): nothing changed. */
  applied: boolean;
  stored: StoredListing[];
  /** Oldest listings removed to stay within the retention cap. */
  pruned: number;
}

/** Fields a later, poorer view of the same listing must not erase (a search tile lacks
 *  what the job page showed): a null in the new parse keeps the stored value. */
export function mergeListing(old: StoredListing, next: Listing): Listing {
  const merged: Record<string, unknown> = { ...old };
  for (const [field, value] of Object.entries(next)) {
    if (value !== null && !(Array.isArray(value) && value.length === 0)) merged[field] = value;
  }
  return merged as Listing;
}

export function toStored(
  item: SeenItem,
  old: StoredListing | undefined,
  now: number,
): StoredListing {
  const listing = old ? mergeListing(old, item.listing) : item.listing;
  const label = item.label ?? old?.label ?? null;
  const stored: StoredListing = {
    ...listing,
    label,
    categoryId: label?.category?.id ?? null,
    firstSeenAt: old?.firstSeenAt ?? now,
    lastSeenAt: now,
    seenCount: (old?.seenCount ?? 0) + 1,
  };
  if (old?.savedAt !== undefined) stored.savedAt = old.savedAt;
  // A view says what the filters did this time (null: shown as is); other writes keep it.
  const filtered = item.filtered === undefined ? old?.filtered : item.filtered;
  if (filtered) stored.filtered = filtered;
  else delete stored.filtered;
  return stored;
}

/** A put that throws at once (a full disk, as some browsers report it) aborts the batch; the
 *  puts issued before it then reject with AbortError and must not go unhandled. */
function handled<T>(request: Promise<T>): Promise<T> {
  request.catch(() => undefined);
  return request;
}

/** Stores one content-script batch in one transaction, with its weekly aggregates and the
 *  retention pruning; a batch id seen before is skipped so a resent batch counts once. Any
 *  failure (a full disk included) aborts the whole batch and leaves what was stored intact. */
export async function upsertBatch(
  db: GigLensDatabase,
  batchId: string,
  items: SeenItem[],
  now = Date.now(),
  retentionCap = DEFAULT_SETTINGS.retentionCap,
): Promise<UpsertResult> {
  const tx = db.transaction(['listings', 'batches', 'aggregates', 'skillWeeks', 'meta'], 'readwrite');
  const listings = tx.objectStore('listings');
  const batches = tx.objectStore('batches');
  return inTransaction(tx, async () => {
    const [seenBefore, records] = await Promise.all([
      batches.get(batchId),
      Promise.all(items.map((i) => listings.get([i.listing.platform, i.listing.id]))),
    ]);
    const olds = records.map((r) => r && readRecord(r));
    if (seenBefore) {
      return { applied: false, stored: olds.filter((o): o is StoredListing => o !== undefined), pruned: 0 };
    }
    // The same listing twice in one batch counts once: keep the last view of it.
    const unique = new Map(items.map((i) => [`${i.listing.platform}:${i.listing.id}`, i]));
    const oldByKey = new Map(items.map((i, n) => [`${i.listing.platform}:${i.listing.id}`, olds[n]]));
    // `after` is the listing as it will read back (its description kept as listing-pack.ts
    // keeps it), so the aggregates and the reply say what a later read says.
    const changes = [...unique].map(([key, item]) => {
      const before = oldByKey.get(key);
      const record = toRecord(toStored(item, before, now));
      return { before, after: readRecord(record), record };
    });
    const stored = changes.map((c) => c.after);
    await Promise.all([
      ...changes.map((c) => handled(listings.put(c.record))),
      batches.put({ batchId, at: now }),
      applyListingChanges(tx.objectStore('aggregates'), changes),
      applySkillChanges(tx.objectStore('skillWeeks'), changes),
    ]);
    const added = changes.filter((c) => !c.before).map((c) => c.after);
    const pruned = await pruneBeyondCap(listings, tx.objectStore('meta'), added, retentionCap, now);
    return { applied: true, stored, pruned };
  });
}

export async function setSaved(
  db: GigLensDatabase,
  platform: Platform,
  id: string,
  saved: boolean,
  now = Date.now(),
): Promise<StoredListing | null> {
  const tx = db.transaction('listings', 'readwrite');
  const old = await tx.store.get([platform, id]);
  if (!old) {
    await tx.done;
    return null;
  }
  const next = { ...old };
  if (saved) next.s = old.s ?? now;
  else delete next.s;
  await tx.store.put(next);
  await tx.done;
  return readRecord(next);
}
