// The one exit of every Upwork parser: contract validation. A listing the schema rejects
// is dropped (and counted by the page's health), never passed on half-valid.
import { ListingSchema, type Listing, type ListingInput } from '../model/listing';

export function validListing(input: ListingInput | null): Listing | null {
  if (!input) return null;
  const r = ListingSchema.safeParse(input);
  return r.success ? r.data : null;
}
