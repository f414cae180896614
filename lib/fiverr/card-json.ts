// A gig card's record in the page's embedded JSON (2025-08, F), matched to the card by its
// `data-gig-id` ("<gigId>_<position>" = the record's `u_id`). Units on cards: dollars and days.
import { perseusProps } from './embedded';
import { pageCurrency, toPageCurrency } from './money';
import { amountOr, gigIdOr, isRecord, levelFromCode, numOr, starsOr, strOr } from './values';

type Json = Record<string, unknown>;

interface GigIndex {
  byPosition: Map<string, Json>;
  byGig: Map<string, Json[]>;
}

const indexes = new WeakMap<Json, GigIndex>();

const records = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isRecord) : []);

/** Every gig record the page embeds: listings (search, category), top-level gigs (tag pages),
 *  gigsData (seller pages), and the slimmer rawListingData as a last resort. */
function gigRecords(props: Json): Json[] {
  const listings = records(props.listings).flatMap((l) => records(l.gigs));
  const full = [...listings, ...records(props.gigs), ...records(props.gigsData)];
  if (full.length) return full;
  const raw = isRecord(props.rawListingData) ? records(props.rawListingData.gigs) : [];
  return raw.map((r) => ({ ...r, gigId: r.pk_i, u_id: `${String(r.pk_i)}_${String(r.position)}` }));
}

const gigIdOf = (r: Json): string | null => gigIdOr(r.gigId ?? r.gig_id);

function index(doc: Document): GigIndex {
  const props = perseusProps(doc);
  let idx = props && indexes.get(props);
  if (idx) return idx;
  idx = { byPosition: new Map(), byGig: new Map() };
  for (const r of props ? gigRecords(props) : []) {
    const id = gigIdOf(r);
    if (!id) continue;
    const pos = strOr(r.u_id);
    if (pos && !idx.byPosition.has(pos)) idx.byPosition.set(pos, r);
    idx.byGig.set(id, [...(idx.byGig.get(id) ?? []), r]);
  }
  if (props) indexes.set(props, idx);
  return idx;
}

export interface CardRecord {
  record: Json;
  /** False when matched by gig id alone and the page lists that gig more than once. */
  exact: boolean;
}

/** The record for a card's `data-gig-id`, or null. */
export function cardRecord(doc: Document, dataGigId: string): CardRecord | null {
  const idx = index(doc);
  const byPos = idx.byPosition.get(dataGigId);
  if (byPos) return { record: byPos, exact: true };
  const all = idx.byGig.get(dataGigId.split('_')[0] ?? '') ?? [];
  return all[0] ? { record: all[0], exact: all.length === 1 } : null;
}

/** What a card record says, in contract units; fields it lacks are left out. */
export function fromCardRecord(doc: Document, { record: r, exact }: CardRecord) {
  const count = amountOr(r.buying_review_rating_count);
  const recommended = isRecord(r.packages) && isRecord(r.packages.recommended) ? r.packages.recommended : {};
  const usd = amountOr(r.price_i) ?? amountOr(recommended.price);
  const cur = pageCurrency(doc);
  const level = r.is_pro === true ? 'pro' : levelFromCode(r.seller_level);
  const name = strOr(r.seller_name);
  return {
    id: gigIdOf(r) ?? undefined,
    title: strOr(r.title) ?? undefined,
    url: strOr(r.gig_url) ?? undefined,
    seller: {
      name,
      displayName: strOr(r.seller_display_name),
      level,
      // The card shows the gig's own rating; a gig without reviews shows none (count 0).
      rating: count ? starsOr(r.buying_review_rating) : null,
      reviews: count,
    },
    pay: usd !== null && cur ? { type: 'from' as const, amount: toPageCurrency(usd, cur), currency: cur.code } : undefined,
    deliveryDays: amountOr(recommended.duration),
    // `type` marks the slot: "promoted_gigs" is an ad; unknown when the gig is listed twice
    // and this card could not be matched to its own slot.
    promoted: exact ? r.type === 'promoted_gigs' : null,
    fiverrChoice: typeof r.is_fiverr_choice === 'boolean' ? r.is_fiverr_choice : null,
    pro: typeof r.is_pro === 'boolean' ? r.is_pro : null,
    categoryId: numOr(r.category_id) || null,
    subCategoryId: numOr(r.sub_category_id) || null,
  };
}
