// The background half of the Upwork parser: what a tile or job page read in the page,
// filled from the page's embedded state and validated against the listing contract.
import type { Listing, ListingInput } from '../model/listing';
import type { CompleteListing } from '../model/site';
import { isRec, stateIndex, type StateIndex } from './embedded-state';
import { validListing } from './listing-out';
import { withState } from './state-fill';

/** The first pass of a page sends its state with each batch: index it once. */
const recent = new Map<string, StateIndex>();
const KEEP = 4;

function indexOf(texts: readonly string[]): StateIndex | null {
  if (texts.length === 0) return null;
  const key = texts.join('\u0000');
  let idx = recent.get(key);
  if (!idx) {
    idx = stateIndex(texts);
    recent.set(key, idx);
    if (recent.size > KEEP) recent.delete(recent.keys().next().value!);
  }
  return idx;
}

export function completeWith(input: ListingInput | null, idx: StateIndex | null): Listing | null {
  return validListing(input && withState(input, idx));
}

export const completeUpwork: CompleteListing = (input, texts) => {
  if (!isRec(input) || typeof input.id !== 'string') return null;
  try {
    return completeWith(input as ListingInput, indexOf(texts));
  } catch {
    // A hostile or garbled listing loses itself, never the batch.
    return null;
  }
};
