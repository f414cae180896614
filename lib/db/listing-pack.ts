// Writes a listing as the `listings` store keeps it (schema v4): short names, no nulls, the
// label coded (lib/db/label-code.ts) and the listing's other fields in one deflated JSON blob.
// Only the background (and the v4 upgrade) writes; readers use listing-record.ts.
import { deflateSync, strToU8 } from 'fflate';
import type { Listing } from '../model/listing';
import { compactDescription, DESCRIPTION_READ } from './description-words';
import { storedLabel } from './label-code';
import type { ListingRecord, StoredListing } from './schema';

function packFields(listing: Listing): Uint8Array {
  const { platform: _p, id: _i, ...fields } = listing;
  const kept: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (value !== null && !(Array.isArray(value) && value.length === 0)) kept[name] = value;
  }
  if (typeof kept['description'] === 'string') {
    kept['description'] = compactDescription(listing) ?? (kept['description'] as string).slice(0, DESCRIPTION_READ);
  }
  return deflateSync(strToU8(JSON.stringify(kept)), { level: 9 });
}

export function toRecord(stored: StoredListing): ListingRecord {
  const record: ListingRecord = { platform: stored.platform, id: stored.id, l: stored.lastSeenAt, z: packFields(stored) };
  if (stored.firstSeenAt !== stored.lastSeenAt) record.f = stored.firstSeenAt;
  if (stored.seenCount !== 1) record.n = stored.seenCount;
  if (stored.savedAt !== undefined) record.s = stored.savedAt;
  if (stored.label) record.b = storedLabel(stored.label);
  return record;
}
