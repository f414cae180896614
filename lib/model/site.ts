// The interfaces each site module implements. The content script drives a site through its
// reader alone (DOM in, unvalidated listing input out: no zod, no state parsing in the page);
// the background completes and validates what the page read (`complete`); the `analyze`
// command and tests run both halves at once through the adapter, so all run the same parsers.
import type { Listing, ListingInput, Platform } from './listing';
import type { PageResult } from './page';

export interface ParseContext {
  /** The page URL (absolute), used to resolve links and to pick the page kind. */
  url: URL;
  /** The whole document, for embedded state (`perseus-initial-props`, JSON-LD). */
  doc: Document;
}

export interface BadgeSlot {
  parent: Element;
  /** Insert before this node; null appends. */
  before: Node | null;
}

/** What runs in the page: small, synchronous, never throws. */
export interface SiteReader {
  platform: Platform;
  /** The page kind of a URL (pure), or null when GigLens does not read that page. */
  pageKind(url: URL): string | null;
  /** CSS selector (simple, happy-dom safe) of the listing elements on a page kind. */
  listingSelector(kind: string): string | null;
  /** Read one listing element as the page shows it; null when it is not a listing. */
  readListing(el: Element, ctx: ParseContext): ListingInput | null;
  /** Where the badge goes inside a listing element. */
  badgeSlot(el: Element): BadgeSlot;
  /** A challenge, captcha or login wall instead of the page asked for. */
  isBlocked(doc: Document): boolean;
  /** Text of state the page embeds that can fill what tiles lack (parsed by `complete`). */
  stateTexts(doc: Document): string[];
}

/** What runs where labelling runs: fill from the page's state texts, then the contract. */
export type CompleteListing = (input: unknown, stateTexts: readonly string[]) => Listing | null;

export interface SiteAdapter extends SiteReader {
  /** Read one listing element into a zod-validated listing; null when it cannot. Never throws. */
  parseListing(el: Element, ctx: ParseContext): Listing | null;
  /** The whole page at once (the `analyze` command and tests). */
  parsePage(doc: Document, url: URL): PageResult;
}
