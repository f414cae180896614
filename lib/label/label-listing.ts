// Labels a listing for the badge. The rules engine (lib/rules) fills this in; until a
// listing can be labelled the badge shows `unknown` rather than a guess.
import type { Label } from '../model/label';
import type { Listing } from '../model/listing';

export function labelListing(_listing: Listing): Label {
  return { category: null, risk: null };
}
