// What the page read, completed and validated where labelling runs: each item against the
// listing contract on its own, so one garbled tile is refused and its batch is not.
import { completeFiverr } from '../fiverr/complete';
import { ListingSchema, type Listing, type Platform } from '../model/listing';
import type { CompleteListing } from '../model/site';
import { completeUpwork } from '../upwork/complete';

const COMPLETERS: Record<Platform, CompleteListing> = { upwork: completeUpwork, fiverr: completeFiverr };

export function completeItems(
  platform: Platform,
  items: readonly { listing: unknown }[],
  state: readonly string[],
): (Listing | null)[] {
  const complete = COMPLETERS[platform];
  return items.map((item) => {
    const listing = complete(item.listing, state);
    // A page of one site sends only that site's listings.
    if (listing && listing.platform === platform) return listing;
    console.warn(`GigLens refused a ${platform} listing the page read: ${whyRefused(item.listing, platform)}`);
    return null;
  });
}

/** The contract's first complaints, for the log (only computed for what was refused). */
function whyRefused(input: unknown, platform: Platform): string {
  const r = ListingSchema.safeParse(input);
  if (r.success) return `it is not a ${platform} listing`;
  return r.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || '(listing)'}: ${i.message}`)
    .join('; ');
}
