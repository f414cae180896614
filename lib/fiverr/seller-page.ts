// Who a seller profile page is about. Its gig cards leave the seller out (2025-08, F), so the
// page header supplies display name and level. Ratings stay the cards' own (each gig's).
import type { Seller } from '@/lib/model/listing';
import { perseusProps } from './embedded';
import { sellerPage, pick } from './selectors';
import { isRecord, levelFromCode, levelFromText, strOr, textOf } from './values';

const cache = new WeakMap<object, Partial<Seller>>();

function fromProps(doc: Document): Partial<Seller> | null {
  const seller = perseusProps(doc)?.seller;
  if (!isRecord(seller) || !isRecord(seller.user)) return null;
  const user = seller.user;
  return {
    name: strOr(user.name) ?? undefined,
    displayName: isRecord(user.profile) ? strOr(user.profile.displayName) : null,
    // The header shows `sellerLevel` ("Level 1" for LEVEL_ONE); `achievementLevel` is another scale.
    level: seller.isPro === true ? 'pro' : levelFromCode(seller.sellerLevel),
  };
}

/** DOM: the public name heading, and a level badge among the few nodes around it. */
function fromDom(doc: Document): Partial<Seller> | null {
  const heading = pick(doc, sellerPage.displayName);
  if (!heading) return null;
  let level = null;
  let box: Element | null = heading;
  for (let up = 0; up < 4 && box && !level; up++) {
    box = box.parentElement;
    for (const p of Array.from(box?.querySelectorAll(sellerPage.levelCandidates) ?? [])) {
      level = levelFromText(textOf(p));
      if (level) break;
    }
  }
  return { displayName: textOf(heading), level };
}

export function sellerOfPage(doc: Document): Partial<Seller> {
  const key = perseusProps(doc) ?? doc;
  let seller = cache.get(key);
  if (!seller) {
    seller = fromProps(doc) ?? fromDom(doc) ?? {};
    cache.set(key, seller);
  }
  return seller;
}
