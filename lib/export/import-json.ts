// Imports an export file all or nothing, in one transaction. Listings merge with what is stored
// (earliest first sight, latest last sight, the larger seen count, non-null fields of the later
// view win), so importing the same file twice changes nothing the second time. The history the
// file holds beyond its listings is stored under the file's origin, replacing what an earlier
// import from that origin brought; a file from this very database brings none.
import { applyListingChanges } from '../db/aggregates';
import { applySkillChanges } from '../db/skill-weeks';
import { mergeListing } from '../db/listings';
import { toRecord } from '../db/listing-pack';
import { readRecord } from '../db/listing-record';
import { originId } from '../db/meta';
import type { GigLensDatabase } from '../db/open';
import { pruneBeyondCap } from '../db/retention';
import type { StoredListing } from '../db/schema';
import { inTransaction, isQuotaError } from '../db/transaction';
import { t } from '../i18n';
import { DEFAULT_SETTINGS } from '../settings/settings-schema';
import { checkImport } from './import-check';

export type ImportResult =
  | { ok: true; added: number; updated: number; unchanged: number; pruned: number }
  | { ok: false; reason: string };

export function mergeImported(stored: StoredListing | undefined, incoming: StoredListing): StoredListing {
  if (!stored) return incoming;
  // On a tie the stored view counts as the later one, so a second import is a no-op.
  const [earlier, later] = incoming.lastSeenAt > stored.lastSeenAt ? [stored, incoming] : [incoming, stored];
  const label = later.label ?? earlier.label;
  const merged: StoredListing = {
    ...mergeListing(earlier, later),
    label,
    categoryId: label?.category?.id ?? null,
    firstSeenAt: Math.min(stored.firstSeenAt, incoming.firstSeenAt),
    lastSeenAt: later.lastSeenAt,
    seenCount: Math.max(stored.seenCount, incoming.seenCount),
  };
  const saved = [stored.savedAt, incoming.savedAt].filter((ms): ms is number => ms !== undefined);
  if (saved.length) merged.savedAt = Math.min(...saved);
  else delete merged.savedAt;
  return merged;
}

/** Key-order-independent JSON, to tell an unchanged listing from a changed one. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );

export async function importExport(
  db: GigLensDatabase,
  text: string,
  { retentionCap = DEFAULT_SETTINGS.retentionCap, now = Date.now() } = {},
): Promise<ImportResult> {
  const checked = checkImport(text);
  if (!checked.ok) return checked;
  const own = await originId(db);
  const tx = db.transaction(['listings', 'aggregates', 'skillWeeks', 'meta'], 'readwrite');
  const listings = tx.objectStore('listings');
  const aggregates = tx.objectStore('aggregates');
  const write = inTransaction(tx, async () => {
    const records = await Promise.all(checked.listings.map((l) => listings.get([l.platform, l.id])));
    const olds = records.map((r) => r && readRecord(r));
    const changes = checked.listings
      .map((incoming, n) => ({ before: olds[n], after: mergeImported(olds[n], incoming) }))
      .filter((c) => !c.before || canonical(c.before) !== canonical(c.after));
    const writes: Promise<unknown>[] = [];
    for (const c of changes) {
      const put = listings.put(toRecord(c.after));
      // If a later put throws at once the batch aborts; this one must not reject unhandled.
      put.catch(() => undefined);
      writes.push(put);
    }
    writes.push(applyListingChanges(aggregates, changes), applySkillChanges(tx.objectStore('skillWeeks'), changes));
    for (const [origin, records] of checked.residuals) {
      if (origin === own) continue;
      writes.push(
        aggregates
          .delete(IDBKeyRange.bound([origin], [origin, []]))
          .then(() => Promise.all(records.map((r) => aggregates.put(r)))),
      );
    }
    await Promise.all(writes);
    const added = changes.filter((c) => !c.before).map((c) => c.after);
    const pruned = await pruneBeyondCap(listings, tx.objectStore('meta'), added, retentionCap, now);
    return { ok: true as const, added: added.length, updated: changes.length - added.length, unchanged: checked.listings.length - changes.length, pruned };
  });
  return write.catch((error: unknown): ImportResult => ({
    ok: false,
    reason: isQuotaError(error)
      ? t('import_disk_full')
      : t('import_write_refused', { error: String(error) }),
  }));
}
