// The Fiverr site adapter: the page's reader and the background's validation in one object,
// for the `analyze` command and tests, so they run exactly the parsers the extension runs.
import type { Listing } from '@/lib/model/listing';
import type { PageResult } from '@/lib/model/page';
import type { ParseContext, SiteAdapter } from '@/lib/model/site';
import { validListing } from './complete';
import { fiverrReader } from './reader';

const parseListing = (el: Element, ctx: ParseContext): Listing | null => validListing(fiverrReader.readListing(el, ctx));

function parsePage(doc: Document, url: URL): PageResult {
  const kind = fiverrReader.pageKind(url);
  const base = { platform: 'fiverr' as const, kind: kind ?? 'other' };
  if (fiverrReader.isBlocked(doc)) return { ...base, status: 'blocked', health: { found: 0, parsed: 0 }, listings: [] };
  const selector = kind ? fiverrReader.listingSelector(kind) : null;
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

export const fiverr: SiteAdapter = { ...fiverrReader, parseListing, parsePage };
