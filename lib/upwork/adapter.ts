// The Upwork site adapter: the content script and the `analyze` command drive Upwork
// through this one object, so both run exactly the same parsers.
import type { Listing } from '../model/listing';
import type { PageResult } from '../model/page';
import type { ParseContext, SiteAdapter } from '../model/site';
import { badgeSlotOf } from './badge-slot';
import { isBlockedPage } from './blocked';
import { validListing } from './listing-out';
import { pageKind } from './page-kinds';
import { READERS_BY_KIND, readerFor } from './readers';
import { withState } from './state-fill';

function parseListing(el: Element, ctx: ParseContext): Listing | null {
  try {
    const input = readerFor(el)?.read(el, ctx) ?? null;
    return validListing(input && withState(input, ctx.doc));
  } catch {
    // A reader that trips on garbled markup loses one listing, never the page.
    return null;
  }
}

function listingSelector(kind: string): string | null {
  const readers = READERS_BY_KIND[kind as keyof typeof READERS_BY_KIND];
  return readers?.length ? readers.map((r) => r.selector).join(', ') : null;
}

function parsePage(doc: Document, url: URL): PageResult {
  const kind = pageKind(url);
  const base = { platform: 'upwork' as const, kind: kind ?? 'other' };
  if (isBlockedPage(doc)) return { ...base, status: 'blocked', health: { found: 0, parsed: 0 }, listings: [] };
  const readers = kind ? READERS_BY_KIND[kind] : [];
  if (!readers.length) return { ...base, status: 'unsupported', health: { found: 0, parsed: 0 }, listings: [] };
  const ctx = { url, doc };
  // Reader by reader, so on job pages and panels the job itself comes first.
  const elements = [...new Set(readers.flatMap((r) => [...doc.querySelectorAll(r.selector)]))];
  // health counts elements; listings are unique (a panel job may also be a tile behind it).
  const byId = new Map<string, Listing>();
  let parsed = 0;
  for (const el of elements) {
    const listing = parseListing(el, ctx);
    if (!listing) continue;
    parsed++;
    if (!byId.has(listing.id)) byId.set(listing.id, listing);
  }
  const listings = [...byId.values()];
  const health = { found: elements.length, parsed };
  return { ...base, status: elements.length ? 'ok' : 'empty', health, listings };
}

export const upwork: SiteAdapter = {
  platform: 'upwork',
  pageKind,
  listingSelector,
  parseListing,
  badgeSlot: badgeSlotOf,
  isBlocked: isBlockedPage,
  parsePage,
};
