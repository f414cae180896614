// The Fiverr site adapter: the content script and the `analyze` command drive Fiverr through
// this one object, so both run exactly the same parsers.
import { ListingSchema, type Listing, type ListingInput } from '@/lib/model/listing';
import type { PageResult } from '@/lib/model/page';
import type { BadgeSlot, ParseContext, SiteAdapter } from '@/lib/model/site';
import { isBlockedPage } from './blocked';
import { cardInput } from './card';
import { gigPageInput } from './gig-page';
import { pageKind, type FiverrPageKind } from './page-kinds';
import { CARD, GIG_PAGE, card, gigPage, pick } from './selectors';

const SELECTORS: Record<FiverrPageKind, string> = {
  search: CARD,
  category: CARD,
  tag: CARD,
  seller: CARD,
  gig: GIG_PAGE,
};

const listingSelector = (kind: string): string | null => SELECTORS[kind as FiverrPageKind] ?? null;

function valid(input: ListingInput | null): Listing | null {
  if (!input) return null;
  const r = ListingSchema.safeParse(input);
  return r.success ? r.data : null;
}

function parseListing(el: Element, { url, doc }: ParseContext): Listing | null {
  try {
    const kind = pageKind(url);
    if (!kind) return null;
    return valid(kind === 'gig' ? gigPageInput(el, doc, url) : cardInput(el, doc, url, kind));
  } catch {
    // Garbled markup loses one listing (counted in the page's health), never the page.
    return null;
  }
}

/** Right after the title: the card's title link (2025) or the gig page's h1. */
function badgeSlot(el: Element): BadgeSlot {
  const title = el.matches(GIG_PAGE) ? pick(el, gigPage.title) : pick(el, card.title);
  if (!title) return { parent: el, before: el.firstChild };
  const anchor = title.closest('a') ?? title;
  const holder = anchor.parentElement && el.contains(anchor.parentElement) ? anchor.parentElement : el;
  return { parent: holder, before: anchor.nextSibling };
}

function parsePage(doc: Document, url: URL): PageResult {
  const kind = pageKind(url);
  const base = { platform: 'fiverr' as const, kind: kind ?? 'other' };
  if (isBlockedPage(doc)) return { ...base, status: 'blocked', health: { found: 0, parsed: 0 }, listings: [] };
  const selector = kind ? listingSelector(kind) : null;
  if (!selector) return { ...base, status: 'unsupported', health: { found: 0, parsed: 0 }, listings: [] };
  const all = Array.from(doc.querySelectorAll(selector));
  // A gig page has one gig; cards of other gigs elsewhere on it are not what the page is about.
  const elements = kind === 'gig' ? all.slice(0, 1) : all;
  const ctx = { url, doc };
  const listings: Listing[] = [];
  const seen = new Set<string>();
  let parsed = 0;
  for (const el of elements) {
    const listing = parseListing(el, ctx);
    if (!listing) continue;
    parsed++;
    // A gig shown twice (an ad slot and its organic slot) is one listing; the first slot wins.
    if (!seen.has(listing.id)) listings.push(listing);
    seen.add(listing.id);
  }
  const status = elements.length ? 'ok' : 'empty';
  return { ...base, status, health: { found: elements.length, parsed }, listings };
}

export const fiverr: SiteAdapter = {
  platform: 'fiverr',
  pageKind,
  listingSelector,
  parseListing,
  badgeSlot,
  isBlocked: isBlockedPage,
  parsePage,
};
