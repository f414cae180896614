// The one interface each site module implements; the content script and the `analyze`
// command drive any site through it, so both run exactly the same parsers.
import type { Listing, Platform } from './listing';
import type { PageResult } from './page';

export interface ParseContext {
  /** The page URL (absolute), used to resolve links and to pick the page kind. */
  url: URL;
  /** The whole document, for embedded state (`__NUXT__`, `perseus-initial-props`, JSON-LD). */
  doc: Document;
}

export interface BadgeSlot {
  parent: Element;
  /** Insert before this node; null appends. */
  before: Node | null;
}

export interface SiteAdapter {
  platform: Platform;
  /** The page kind of a URL (pure), or null when GigLens does not read that page. */
  pageKind(url: URL): string | null;
  /** CSS selector (simple, happy-dom safe) of the listing elements on a page kind. */
  listingSelector(kind: string): string | null;
  /** Read one listing element into a zod-validated listing; null when it cannot. Never throws. */
  parseListing(el: Element, ctx: ParseContext): Listing | null;
  /** Where the badge goes inside a listing element. */
  badgeSlot(el: Element): BadgeSlot;
  /** A challenge, captcha or login wall instead of the page asked for. */
  isBlocked(doc: Document): boolean;
  /** The whole page at once (the `analyze` command and tests). */
  parsePage(doc: Document, url: URL): PageResult;
}
