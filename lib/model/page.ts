// What a page parser returns: which page this is, whether it could be read, and the listings.
import type { Listing, Platform } from './listing';

/** ok: listings read; empty: a listing page with none; blocked: a challenge or login wall;
 *  unsupported: a page kind GigLens does not read. */
export type PageStatus = 'ok' | 'empty' | 'blocked' | 'unsupported';

/** found: listing elements seen; parsed: those that became valid listings. */
export interface ParseHealth {
  found: number;
  parsed: number;
}

export interface PageResult {
  platform: Platform;
  kind: string;
  status: PageStatus;
  health: ParseHealth;
  listings: Listing[];
}
