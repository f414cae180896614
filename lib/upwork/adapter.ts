// The Upwork site adapter: the page's reader and the background's completion in one object,
// for the `analyze` command and tests, so they run exactly the parsers the extension runs.
import type { Listing } from '../model/listing';
import type { PageResult } from '../model/page';
import type { ParseContext, SiteAdapter } from '../model/site';
import { completeWith } from './complete';
import { embeddedState } from './embedded-state';
import { READERS_BY_KIND } from './readers';
import { upworkReader } from './reader';

function parseListing(el: Element, ctx: ParseContext): Listing | null {
  try {
    return completeWith(upworkReader.readListing(el, ctx), embeddedState(ctx.doc));
  } catch {
    return null;
  }
}

function parsePage(doc: Document, url: URL): PageResult {
  const kind = upworkReader.pageKind(url);
  const base = { platform: 'upwork' as const, kind: kind ?? 'other' };
  if (upworkReader.isBlocked(doc)) return { ...base, status: 'blocked', health: { found: 0, parsed: 0 }, listings: [] };
  const readers = kind ? READERS_BY_KIND[kind as keyof typeof READERS_BY_KIND] : [];
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

export const upwork: SiteAdapter = { ...upworkReader, parseListing, parsePage };
