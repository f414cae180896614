// Reads a listing as the `listings` store keeps it (schema v4, written by listing-pack.ts):
// short names, no nulls, the label coded, the listing's fields in one deflated JSON blob.
// Readers never see a record: lib/db's reads hand out `StoredListing`s made by `readRecord`.
// Kept apart from the writer so the popup and dashboard do not bundle the rules engine the
// writer checks descriptions with.
import { inflateSync, strFromU8, strToU8 } from 'fflate';
import { BLOB_DICTIONARY_1 } from './blob-dictionary';
import type { Label } from '../model/label';
import { readLabel, type LabelCode } from './label-code';
import { unpackListingFields } from './listing-fields';
import { urlFromSlug } from './listing-url';
import type { ListingRecord, StoredListing } from './schema';

let dictionary: Uint8Array | null = null;
/** The preset deflate dictionary of every record's blob (lib/db/blob-dictionary.ts). */
export const blobDictionary = (): Uint8Array => (dictionary ??= strToU8(BLOB_DICTIONARY_1));

/** The blob's key for the label (coded, or whole when it would not code back exactly). */
export const LABEL_KEY = 'b';
/** The blob's key for the URL's slug, stored instead of the URL when it has the usual shape. */
export const SLUG_KEY = 'u';

/** The listing, its worded label and when it was seen, from a stored record. */
export function readRecord(record: ListingRecord): StoredListing {
  const blob = JSON.parse(strFromU8(inflateSync(record.z, { dictionary: blobDictionary() }))) as Record<string, unknown>;
  const coded = blob[LABEL_KEY] as LabelCode | Label | undefined;
  const slug = blob[SLUG_KEY] as string | undefined;
  const label = coded ? readLabel(coded) : null;
  const stored: StoredListing = {
    platform: record.platform,
    id: record.id,
    ...unpackListingFields(blob),
    label,
    categoryId: label?.category?.id ?? null,
    firstSeenAt: record.f ?? record.l,
    lastSeenAt: record.l,
    seenCount: record.n ?? 1,
  };
  if (slug !== undefined) stored.url = urlFromSlug(slug, stored);
  if (record.s !== undefined) stored.savedAt = record.s;
  if (record.x) stored.filtered = record.x === 2 ? 'fold' : 'fade';
  return stored;
}
