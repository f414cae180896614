// The Upwork reader: what the content script runs in the page. DOM in, listing input out;
// validation and the embedded state's fill happen where labelling runs (complete.ts).
import type { ListingInput } from '../model/listing';
import type { ParseContext, SiteReader } from '../model/site';
import { badgeSlotOf } from './badge-slot';
import { isBlockedPage } from './blocked';
import { stateTexts } from './page-state';
import { pageKind } from './page-kinds';
import { READERS_BY_KIND, readerFor } from './readers';

function readListing(el: Element, ctx: ParseContext): ListingInput | null {
  try {
    return readerFor(el)?.read(el, ctx) ?? null;
  } catch {
    // A reader that trips on garbled markup loses one listing, never the page.
    return null;
  }
}

function listingSelector(kind: string): string | null {
  const readers = READERS_BY_KIND[kind as keyof typeof READERS_BY_KIND];
  return readers?.length ? readers.map((r) => r.selector).join(', ') : null;
}

export const upworkReader: SiteReader = {
  platform: 'upwork',
  pageKind,
  listingSelector,
  readListing,
  badgeSlot: badgeSlotOf,
  isBlocked: isBlockedPage,
  stateTexts,
};
