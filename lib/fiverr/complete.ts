// The background half of the Fiverr parser: the contract's validation of what the page read.
import { ListingSchema, type Listing } from '@/lib/model/listing';
import type { CompleteListing } from '@/lib/model/site';

export function validListing(input: unknown): Listing | null {
  if (!input) return null;
  const r = ListingSchema.safeParse(input);
  return r.success ? r.data : null;
}

export const completeFiverr: CompleteListing = (input) => validListing(input);
