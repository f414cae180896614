// Reads a listing as the `listings` store keeps it (schema v4, written by listing-pack.ts):
// short names, no nulls, the label coded, the listing's fields in one deflated JSON blob.
// Readers never see a record: lib/db's reads hand out `StoredListing`s made by `readRecord`.
// Kept apart from the writer so the popup and dashboard do not bundle the rules engine the
// writer checks descriptions with.
import { inflateSync, strFromU8 } from 'fflate';
import type { Listing } from '../model/listing';
import { readLabel } from './label-code';
import type { ListingRecord, StoredListing } from './schema';

// Every field of the listing contract with its empty value, in contract order.
const EMPTY: Omit<Listing, 'platform' | 'id' | 'url' | 'title'> = {
  description: null, skills: [], pay: null, experience: null, duration: null, workload: null,
  postedAt: null, postedText: null, proposals: null, connects: null, client: null, activity: null,
  seller: null, deliveryDays: null, promoted: null, fiverrChoice: null, pro: null, packages: null,
  platformCategory: null, platformSubcategory: null,
};

/** The listing, its worded label and when it was seen, from a stored record. */
export function readRecord(record: ListingRecord): StoredListing {
  const fields = JSON.parse(strFromU8(inflateSync(record.z))) as Partial<Listing>;
  const label = record.b ? readLabel(record.b) : null;
  const stored: StoredListing = {
    platform: record.platform,
    id: record.id,
    url: '',
    title: '',
    ...EMPTY,
    ...fields,
    label,
    categoryId: label?.category?.id ?? null,
    firstSeenAt: record.f ?? record.l,
    lastSeenAt: record.l,
    seenCount: record.n ?? 1,
  };
  if (record.s !== undefined) stored.savedAt = record.s;
  return stored;
}
