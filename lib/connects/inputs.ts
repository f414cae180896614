// What the advisor needs besides the listing: the user's price and record, the category's
// market figures (from lib/trends) and what the user's own history says about this job.
import type { Fit } from '../fit/fit';
import type { Finding } from './findings';

/** The category's median pay, from the user's own trends (lib/trends); null when unknown. */
export interface CategoryMedian {
  hourlyUsd: number | null;
  fixedUsd: number | null;
}

/** The user's resolved applications in the listing's category (lib/connects/ledger.ts). */
export interface OwnRecord {
  category: string;
  hires: number;
  resolved: number;
}

export interface AdvisorInputs {
  /** The user's price of one Connect (settings.connectsPriceUsd). */
  priceUsd: number;
  median: CategoryMedian | null;
  own: OwnRecord | null;
  /** The listing's skills against the user's profile (lib/fit/fit.ts); null when unknown (no
   *  profile, or no skills on the listing), which leaves the estimate as it was without one. */
  fit: Fit | null;
  /** Repost and ghost findings from lib/connects/history.ts (computed where the history is). */
  history: Finding[];
  /** Epoch ms, for ages. */
  now: number;
}
