// Labels a listing for the badge: its category and AI-substitution risk, from the rules
// engine (lib/rules) with the default rule set. Pure, synchronous and fast: the content
// script calls it for every listing on the page's main thread.
import type { Label } from '../model/label';
import type { Listing } from '../model/listing';
import { labelWith } from '../rules/engine';

export function labelListing(listing: Listing): Label {
  return labelWith(listing);
}
