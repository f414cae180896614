// A gig page → one listing with its packages. The page props (inline in 2021, in
// `script#perseus-initial-props` later) are exact; units there: price in US cents, delivery
// in hours. The DOM shows prices converted to the visitor's currency and delivery in days.
import type { ListingInput, Package } from '@/lib/model/listing';
import { gigProps, jsonLdOfType } from './embedded';
import { gigUrl, usernameOf } from './card-dom';
import { pageCurrency, toPageCurrency } from './money';
import { gigPage as sel, pick, pickAll } from './selectors';
import { amountOr, clean, gigIdOr, isRecord, levelFromCode, levelFromText, numOr, parseCount, parseDays, parseMoney,
  parseRating, parseRevisions, starsOr, strOr, textOf } from './values';
import { blockText, htmlToText } from './html-text';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (isRecord(v) ? v : {});

// 2021-12 (F): `achievement` 1 with `sellerAchievement` "level_one" and the badge "Level 1 Seller".
const ACHIEVEMENT: Record<number, 'level-1' | 'level-2'> = { 1: 'level-1', 2: 'level-2' };

function jsonPackages(props: Json, doc: Document): Package[] | null {
  const list = obj(props.packages).packageList;
  const cur = pageCurrency(doc);
  if (!Array.isArray(list) || !cur) return null;
  return list.filter(isRecord).flatMap((p) => {
    const cents = amountOr(p.price);
    const hours = amountOr(p.duration);
    if (cents === null) return [];
    return [{
      name: strOr(p.title) ?? '',
      price: toPageCurrency(cents / 100, cur),
      currency: cur.code,
      deliveryDays: hours !== null ? Math.round((hours / 24) * 10) / 10 : null,
      revisions: amountOr(p.revisions),
    }];
  });
}

function domPackages(root: ParentNode): Package[] | null {
  const out = pickAll(root, sel.package).flatMap((box) => {
    const money = parseMoney(textOf(pick(box, sel.packagePrice)));
    if (!money) return [];
    return [{
      name: textOf(pick(box, sel.packageName)) ?? '',
      price: money.amount,
      currency: money.currency,
      deliveryDays: parseDays(textOf(pick(box, sel.packageDelivery))),
      revisions: parseRevisions(textOf(pick(box, sel.packageRevisions))),
    }];
  });
  return out.length ? out : null;
}

function breadcrumbNames(doc: Document, root: ParentNode): (string | null)[] {
  const ld = jsonLdOfType(doc, 'BreadcrumbList')?.itemListElement;
  const items = Array.isArray(ld) ? ld.filter(isRecord).filter((i) => /\/categories\//.test(String(i.item))) : [];
  if (items.length) return items.map((i) => strOr(i.name));
  return pickAll(root, sel.breadcrumbs).map((a) => textOf(a));
}

export function gigPageInput(el: Element, doc: Document, url: URL): ListingInput | null {
  const props = gigProps(doc) ?? {};
  const general = obj(props.general);
  const overview = obj(props.overview);
  const card = obj(props.sellerCard);
  const jsonSeller = obj(overview.seller);

  const id = gigIdOr(general.gigId) ?? gigIdOr(el.getAttribute('data-gig-id'));
  const canonical = gigUrl(url.pathname);
  const titleEl = pick(el, sel.title);
  const title = textOf(titleEl) ?? strOr(general.gigTitle);
  if (!id || !canonical || !title) return null;

  const sellerLink = pick(el, sel.sellerLink);
  const name = strOr(jsonSeller.username) ?? clean(el.getAttribute('data-username'))
    ?? usernameOf(sellerLink?.getAttribute('href') ?? '') ?? usernameOf(canonical.pathname);
  const level = general.isPro === true ? 'pro'
    : (levelFromCode(obj(obj(props.seo).description).sellerAchievement)
      ?? ACHIEVEMENT[numOr(jsonSeller.achievement) ?? -1]
      ?? levelFromText(textOf(pick(el, sel.sellerLevel))));
  const rating = starsOr(card.rating) ?? parseRating(textOf(pick(el, sel.sellerRating)));
  const reviews = amountOr(card.ratingsCount) ?? parseCount(textOf(pick(el, sel.sellerRatingCount)));

  const packages = jsonPackages(props, doc) ?? domPackages(el);
  const basic = packages?.[0];
  const [crumbCategory, crumbSub] = breadcrumbNames(doc, el);
  const tagList = obj(props.tags).tagsGigList;
  const jsonTags = Array.isArray(tagList) ? tagList.filter(isRecord).map((t) => strOr(t.name)) : [];
  const domTags = pickAll(el, sel.tags).map((a) => textOf(a));
  const choiceInput = el.querySelector(sel.choiceInput)?.getAttribute('value');

  return {
    platform: 'fiverr',
    id,
    url: canonical.href,
    title,
    description: blockText(pick(el, sel.description)) ?? htmlToText(strOr(obj(props.description).content)),
    skills: (jsonTags.length ? jsonTags : domTags).filter((t): t is string => !!t),
    seller: name
      ? { name, displayName: strOr(jsonSeller.displayName), level, rating, reviews }
      : null,
    // The basic package is what a card's "From $X" shows, so the same gig reads alike on both.
    pay: basic ? { type: 'from', amount: basic.price, currency: basic.currency } : null,
    packages,
    deliveryDays: basic?.deliveryDays ?? null,
    fiverrChoice: choiceInput === 'true' ? true : choiceInput === 'false' ? false : null,
    pro: typeof general.isPro === 'boolean' ? general.isPro : null,
    platformCategory: strOr(general.categoryName) ?? crumbCategory ?? null,
    platformSubcategory: strOr(general.subCategoryName) ?? crumbSub ?? null,
  };
}
