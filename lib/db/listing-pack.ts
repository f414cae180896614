// Writes a listing as the `listings` store keeps it (schema v4): short names, no nulls, the
// label coded (lib/db/label-code.ts) and the listing's other fields in one deflated JSON blob.
// Only the background (and the v4 upgrade) writes; readers use listing-record.ts.
import { deflateSync, strToU8 } from 'fflate';
import type { Label } from '../model/label';
import type { Listing } from '../model/listing';
import { storedLabel } from './label-code';
import { DESCRIPTION_READ, FIELD_KEYS, packListingFields } from './listing-fields';
import { blobDictionary, LABEL_KEY, SLUG_KEY } from './listing-record';
import { urlSlug } from './listing-url';
import type { ListingRecord, StoredListing } from './schema';

/** The shorter description to keep, or null to keep it whole (lib/db/description-words.ts). */
export type DescriptionCompactor = (listing: Listing) => string | null;
let compactor: DescriptionCompactor = () => null;

/** The background sets the compactor (it needs the rules engine and the vocabulary, which the
 *  popup and dashboard must not bundle). A write elsewhere, such as the v4 upgrade when a page
 *  opens the database first, keeps descriptions whole up to what the engine reads; the next
 *  sighting stores them compact. */
export function useDescriptionCompactor(compact: DescriptionCompactor): void {
  compactor = compact;
}

function packFields(listing: Listing, label: Label | null): Uint8Array {
  const blob = packListingFields(listing);
  if (typeof listing.description === 'string') {
    blob[FIELD_KEYS.description] = compactor(listing) ?? listing.description.slice(0, DESCRIPTION_READ);
  }
  const slug = urlSlug(listing.url, listing);
  if (slug !== null) {
    delete blob[FIELD_KEYS.url];
    blob[SLUG_KEY] = slug;
  }
  // The label goes in too: its codes share words with the listing and deflate well.
  if (label) blob[LABEL_KEY] = storedLabel(label);
  return deflateSync(strToU8(JSON.stringify(blob)), { level: 6, dictionary: blobDictionary() });
}

export function toRecord(stored: StoredListing): ListingRecord {
  const record: ListingRecord = { platform: stored.platform, id: stored.id, l: stored.lastSeenAt, z: packFields(stored, stored.label) };
  if (stored.firstSeenAt !== stored.lastSeenAt) record.f = stored.firstSeenAt;
  if (stored.seenCount !== 1) record.n = stored.seenCount;
  if (stored.savedAt !== undefined) record.s = stored.savedAt;
  if (stored.filtered) record.x = stored.filtered === 'fold' ? 2 : 1;
  return record;
}
