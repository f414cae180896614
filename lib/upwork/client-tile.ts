// The client block of a tile (logged-in pages only). Visitors see none: then client is
// null, not a client with every field unknown.
import type { ListingInput } from '../model/listing';
import { rating as ratingSel } from './selectors';
import { clean, parseCount, parseMoney, parseRating, parseVerified, pick, textOf, type Variants } from './text';

type ClientInput = NonNullable<ListingInput['client']>;

export interface ClientSelectors {
  paymentVerified: Variants;
  ratingBox: Variants;
  totalSpent: Variants;
  location: Variants;
}

/** Rating and review count from an air3 rating widget. The tooltip is exact ("4.89 Stars,
 *  based on 35 feedbacks"); the screen-reader line is rounded ("Rating is 4.9 out of 5.").
 *  Upwork's lowest feedback is 1 star, so "Rating is 0 out of 5." means no reviews yet. */
export function readRatingBox(box: Element | null): { rating: number | null; reviews: number | null } {
  if (!box) return { rating: null, reviews: null };
  const tip = clean(box.querySelector(ratingSel.tooltip)?.textContent);
  const exact = /(\d(?:\.\d+)?)\s*stars?,?\s*based on\s*([\d,]+)/i.exec(tip);
  if (exact) return { rating: parseRating(exact[1]), reviews: parseCount(exact[2]) };
  if (/no feedback yet/i.test(tip)) return { rating: null, reviews: 0 };
  const rating = parseRating(box.querySelector(ratingSel.srOnly)?.textContent ?? box.querySelector(ratingSel.value)?.textContent);
  return rating === 0 ? { rating: null, reviews: 0 } : { rating, reviews: null };
}

export function readTileClient(tile: Element, sel: ClientSelectors): ClientInput | null {
  const verified = textOf(tile, sel.paymentVerified);
  const box = pick(tile, sel.ratingBox);
  const spent = textOf(tile, sel.totalSpent);
  // 2026 adds a screen-reader "Location" before the country.
  const country = textOf(tile, sel.location)?.replace(/^location\s*/i, '') || null;
  if (verified === null && !box && spent === null && country === null) return null;
  return {
    paymentVerified: parseVerified(verified),
    ...readRatingBox(box),
    totalSpent: parseMoney(spent),
    country,
  };
}
