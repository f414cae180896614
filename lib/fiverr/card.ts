// One gig card → one listing. The embedded JSON record is the exact source (exact review
// counts, delivery days, ads); the DOM fills in what the JSON lacks and is all there is for
// cards the page added after load.
import type { ListingInput } from '@/lib/model/listing';
import { cardCategory, listingPageCategory } from './categories';
import { cardRecord, fromCardRecord } from './card-json';
import { gigUrl, readCardDom } from './card-dom';
import { sellerOfPage } from './seller-page';
import type { FiverrPageKind } from './page-kinds';

type SellerInput = NonNullable<ListingInput['seller']>;

export function cardInput(el: Element, doc: Document, url: URL, kind: FiverrPageKind): ListingInput | null {
  const dom = readCardDom(el);
  const match = dom.dataGigId ? cardRecord(doc, dom.dataGigId) : null;
  const fromJson = match ? fromCardRecord(doc, match) : null;
  // A record for another gig (stale state after in-page navigation) is no source for this card.
  const json = fromJson && (!dom.id || fromJson.id === dom.id) ? fromJson : null;
  const id = dom.id ?? json?.id;
  const link = dom.url ?? gigUrl(json?.url)?.href;
  const title = dom.title ?? json?.title;
  if (!id || !link || !title) return null;

  const page = kind === 'seller' ? sellerOfPage(doc) : {};
  const s = json?.seller;
  const d = dom.seller;
  const name = s?.name ?? d?.name ?? page.name;
  const seller: SellerInput | null = name
    ? {
        name,
        displayName: s?.displayName ?? d?.displayName ?? page.displayName ?? null,
        level: s?.level ?? d?.level ?? page.level ?? null,
        // The JSON's count is exact (the DOM rounds above 999); its rating goes with it.
        rating: s?.reviews != null ? s.rating : (d?.rating ?? null),
        reviews: s?.reviews ?? d?.reviews ?? null,
      }
    : null;

  const pageCategory = kind === 'category' ? listingPageCategory(doc, url) : null;
  // Without the card's ids (DOM path), a category page still says what all its cards are in.
  const names = json?.categoryId
    ? cardCategory(doc, pageCategory, json.categoryId, json.subCategoryId)
    : { category: pageCategory?.category ?? null, subcategory: pageCategory?.subcategory ?? null };

  return {
    platform: 'fiverr',
    id,
    url: link,
    title,
    seller,
    pay: json?.pay ?? dom.pay ?? null,
    deliveryDays: json?.deliveryDays ?? null,
    promoted: json?.promoted ?? null,
    fiverrChoice: json?.fiverrChoice ?? dom.fiverrChoice ?? null,
    pro: json?.pro ?? dom.pro ?? null,
    platformCategory: names.category,
    platformSubcategory: names.subcategory,
  };
}
