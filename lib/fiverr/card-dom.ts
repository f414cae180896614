// What a gig card shows, read from its DOM: the fallback when the page's JSON lacks the card
// (lazy cards, in-page navigation) and the source of what the user actually sees.
import type { ListingInput, SellerLevel } from '@/lib/model/listing';
import { card, pick } from './selectors';
import { CHOICE_TEXT, clean, levelFromText, parseCount, parseMoney, parseRating, textOf } from './values';

export const FIVERR_ORIGIN = 'https://www.fiverr.com';
/** One selector list, one match per element walked (not one per selector). */
const NOT_BADGE = card.notBadge.join(', ');

/** An absolute https://www.fiverr.com URL without tracking parameters, or null. */
export function gigUrl(href: string | null | undefined): URL | null {
  if (!href) return null;
  try {
    const u = new URL(href, FIVERR_ORIGIN);
    if (u.hostname !== 'www.fiverr.com' && u.hostname !== 'fiverr.com') return null;
    return new URL(u.pathname, FIVERR_ORIGIN);
  } catch {
    return null;
  }
}

/** "/tonigdesign/design-your-logo" → "tonigdesign". */
export const usernameOf = (path: string): string | null => {
  const first = path.split('/').filter(Boolean)[0];
  return first && /^[\w.-]{1,120}$/.test(first) ? first : null;
};

/** Text nodes outside the card's title, price, rating and seller link: the badges. */
function badgeTexts(root: Element, skip: Element | null): string[] {
  const out: string[] = [];
  // firstChild/nextSibling, not childNodes: Chromium caches a live NodeList on every node whose
  // childNodes is read, for as long as the node lives (about 5 KB a card on a Fiverr page).
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const t = clean(child.textContent);
        if (t) out.push(t);
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (el === skip || el.matches(NOT_BADGE)) continue;
        walk(el);
      }
    }
  };
  walk(root);
  return out;
}

function badges(texts: string[]): { level: SellerLevel | null; choice: boolean } {
  let level: SellerLevel | null = null;
  let choice = false;
  texts.forEach((t, i) => {
    level ??= levelFromText(t);
    // 2025-08 (F): "Fiverr’s" and "Choice" sit in two sibling <p>.
    if (CHOICE_TEXT.test(t) || CHOICE_TEXT.test(`${t} ${texts[i + 1] ?? ''}`)) choice = true;
  });
  return { level, choice };
}

export interface CardDom extends Partial<ListingInput> {
  /** The card's `data-gig-id`, "<gigId>_<position>" on listings, "<gigId>" on seller pages. */
  dataGigId: string | null;
  /** The DOM shows "1k+" rather than a count: reviews is a lower bound. */
  reviewsRounded: boolean;
}

export function readCardDom(el: Element): CardDom {
  const dataGigId = clean(el.getAttribute('data-gig-id'));
  const link = pick(el, card.gigLink);
  const url = gigUrl(link?.getAttribute('href'));
  const titleEl = pick(el, card.title);
  const sellerLink = pick(el, card.sellerLink);
  // The gig URL starts with the seller's username; the seller link may not (2025-08, F: an
  // agency's cards link to /agencies/<slug>).
  const name = usernameOf(url?.pathname ?? '');
  const nameEl = sellerLink?.querySelector(card.sellerName);
  const { level, choice } = badges(badgeTexts(el, sellerLink));
  const countText = textOf(pick(el, card.ratingCount));
  const reviews = parseCount(countText);
  const rating = parseRating(textOf(pick(el, card.ratingScore)));
  const money = parseMoney(textOf(pick(el, card.price)));
  return {
    dataGigId,
    id: dataGigId?.match(/^\d+/)?.[0],
    url: url?.href,
    title: clean(titleEl?.getAttribute('title')) ?? textOf(titleEl) ?? undefined,
    seller: name
      ? {
          name,
          displayName: sellerLink ? (clean(nameEl?.getAttribute('title')) ?? textOf(sellerLink)) : null,
          level,
          rating,
          reviews: rating === null && reviews === null ? null : reviews,
        }
      : undefined,
    reviewsRounded: /\d\s*[kKmM]|\+/.test(countText ?? ''),
    pay: money ? { type: 'from', ...money } : undefined,
    fiverrChoice: choice || /[?&]fiverr_choice=true\b/.test(link?.getAttribute('href') ?? ''),
    pro: level === 'pro',
  };
}
