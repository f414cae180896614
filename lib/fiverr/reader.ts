// The Fiverr reader: what the content script runs in the page. DOM and the page's embedded
// JSON in, listing input out; validation happens where labelling runs (complete.ts).
import type { ListingInput } from '@/lib/model/listing';
import type { BadgeSlot, ParseContext, SiteReader } from '@/lib/model/site';
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

function readListing(el: Element, { url, doc }: ParseContext): ListingInput | null {
  try {
    const kind = pageKind(url);
    if (!kind) return null;
    return kind === 'gig' ? gigPageInput(el, doc, url) : cardInput(el, doc, url, kind);
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

export const fiverrReader: SiteReader = {
  platform: 'fiverr',
  pageKind,
  listingSelector,
  readListing,
  badgeSlot,
  isBlocked: isBlockedPage,
  // Fiverr's embedded JSON is matched card by card in the page (card-json.ts).
  stateTexts: () => [],
};
