// Writes a listing as the `listings` store keeps it (schema v4): short names, no nulls, the
// label coded (lib/db/label-code.ts) and the listing's other fields in one deflated JSON blob.
// Only the background (and the v4 upgrade) writes; readers use listing-record.ts.
import { deflateSync, strToU8 } from 'fflate';
import type { Label } from '../model/label';
import type { Listing } from '../model/listing';
import { compactDescription, DESCRIPTION_READ } from './description-words';
import { storedLabel } from './label-code';
import { FIELD_KEYS, packListingFields } from './listing-fields';
import { blobDictionary, LABEL_KEY, SLUG_KEY } from './listing-record';
import { urlSlug } from './listing-url';
import type { ListingRecord, StoredListing } from './schema';

function packFields(listing: Listing, label: Label | null): Uint8Array {
  const blob = packListingFields(listing);
  if (typeof listing.description === 'string') {
    blob[FIELD_KEYS.description] = compactDescription(listing) ?? listing.description.slice(0, DESCRIPTION_READ);
  }
  const slug = urlSlug(listing.url, listing);
  if (slug !== null) {
    delete blob[FIELD_KEYS.url];
    blob[SLUG_KEY] = slug;
  }
  // The label goes in too: its codes share words with the listing and deflate well.
  if (label) blob[LABEL_KEY] = storedLabel(label);
  return deflateSync(strToU8(JSON.stringify(blob)), { level: 9, dictionary: blobDictionary() });
}

export function toRecord(stored: StoredListing): ListingRecord {
  const record: ListingRecord = { platform: stored.platform, id: stored.id, l: stored.lastSeenAt, z: packFields(stored, stored.label) };
  if (stored.firstSeenAt !== stored.lastSeenAt) record.f = stored.firstSeenAt;
  if (stored.seenCount !== 1) record.n = stored.seenCount;
  if (stored.savedAt !== undefined) record.s = stored.savedAt;
  if (stored.filtered) record.x = stored.filtered === 'fold' ? 2 : 1;
  return record;
}
