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

/** Rating and review count from an air3 rating widget: the tooltip is exact ("4.89 Stars,
 *  based on 35 feedbacks"), the screen-reader line is rounded ("Rating is 4.9 out of 5."). */
export function readRatingBox(box: Element | null): { rating: number | null; reviews: number | null } {
  if (!box) return { rating: null, reviews: null };
  const tip = clean(box.querySelector(ratingSel.tooltip)?.textContent);
  const tipMatch = /(\d(?:\.\d+)?)\s*stars?,?\s*based on\s*([\d,]+)/i.exec(tip);
  if (tipMatch) return { rating: parseRating(tipMatch[1]), reviews: parseCount(tipMatch[2]) };
  const sr = box.querySelector(ratingSel.srOnly)?.textContent ?? box.querySelector(ratingSel.value)?.textContent;
  const reviews = /no feedback|no reviews/i.test(tip) ? 0 : null;
  return { rating: parseRating(sr), reviews };
}

export function readTileClient(tile: Element, sel: ClientSelectors): ClientInput | null {
  const verified = textOf(tile, sel.paymentVerified);
  const box = pick(tile, sel.ratingBox);
  const spent = textOf(tile, sel.totalSpent);
  // 2026 adds a screen-reader "Location" before the country.
  const country = textOf(tile, sel.location)?.replace(/^location\s*/i, '') || null;
  if (verified === null && !box && spent === null && country === null) return null;
  const { rating, reviews } = readRatingBox(box);
  return {
    paymentVerified: parseVerified(verified),
    rating,
    reviews,
    totalSpent: spent === null ? null : parseMoney(spent),
    country,
  };
}
