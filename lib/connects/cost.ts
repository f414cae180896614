// What the Connects of one proposal cost the user, in US dollars at the user's own price.
import type { Listing } from '../model/listing';
import { ADVISOR_MODEL } from './model';

export interface ConnectsCost {
  connects: number;
  usd: number;
  /** The price of one Connect used. */
  priceUsd: number;
  /** True when the page did not show the Connects (search tiles) and the model's figure stands in. */
  assumed: boolean;
}

const cents = (n: number) => Math.round(n * 100) / 100;

/** Connects × price; a bad price (negative, NaN) falls back to Upwork's list price. */
export function connectsCost(
  listing: Pick<Listing, 'connects'>,
  priceUsd: number = ADVISOR_MODEL.defaultConnectsPriceUsd,
): ConnectsCost {
  const price = Number.isFinite(priceUsd) && priceUsd >= 0 ? priceUsd : ADVISOR_MODEL.defaultConnectsPriceUsd;
  const shown = listing.connects;
  const connects = shown ?? ADVISOR_MODEL.assumedConnects;
  return { connects, usd: cents(connects * price), priceUsd: price, assumed: shown === null };
}
