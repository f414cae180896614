// The dashboard table's filters, text search and sort, as pure functions over listings.
import type { StoredListing } from '../db/schema';
import { riskAttr, RISK_LEVELS, type RiskAttr, type UpworkTopCategory } from '../model/label';
import type { Platform } from '../model/listing';
import { topCategoryOf } from './category';
import { payFigure, type PayKind } from './pay';

export interface ListingFilter {
  platform: Platform | 'all';
  /** 'none': listings without a category. */
  category: UpworkTopCategory | 'all' | 'none';
  risk: RiskAttr | 'all';
  payKind: PayKind | 'any';
  payMin: number | null;
  payMax: number | null;
  /** Seen between: a listing matches when its first-to-last sighting overlaps [from, to]. */
  from: number | null;
  to: number | null;
  query: string;
  savedOnly: boolean;
}

export const NO_FILTER: ListingFilter = {
  platform: 'all', category: 'all', risk: 'all', payKind: 'any', payMin: null, payMax: null,
  from: null, to: null, query: '', savedOnly: false,
};

export type SortKey = 'lastSeen' | 'firstSeen' | 'title' | 'site' | 'category' | 'risk' | 'pay' | 'seen';
export interface ListingSort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/** Everything a text search looks at: title, skills, categories, seller and description. */
function haystack(l: StoredListing): string {
  return fold(
    [l.title, ...l.skills, l.platformCategory, l.platformSubcategory, l.label?.category?.name,
      topCategoryOf(l), l.seller?.name, l.seller?.displayName, l.description]
      .filter(Boolean)
      .join('\n'),
  );
}

export function matchesFilter(l: StoredListing, f: ListingFilter): boolean {
  if (f.platform !== 'all' && l.platform !== f.platform) return false;
  if (f.category === 'none' ? topCategoryOf(l) !== null : f.category !== 'all' && topCategoryOf(l) !== f.category) return false;
  if (f.risk !== 'all' && riskAttr(l.label) !== f.risk) return false;
  if (f.savedOnly && l.savedAt === undefined) return false;
  if (f.from !== null && l.lastSeenAt < f.from) return false;
  if (f.to !== null && l.firstSeenAt > f.to) return false;
  if (f.payKind !== 'any' || f.payMin !== null || f.payMax !== null) {
    const pay = payFigure(l);
    if (!pay) return false;
    if (f.payKind !== 'any' && pay.kind !== f.payKind) return false;
    if (f.payMin !== null && pay.amount < f.payMin) return false;
    if (f.payMax !== null && pay.amount > f.payMax) return false;
  }
  const words = fold(f.query).split(/\s+/).filter(Boolean);
  if (words.length > 0) {
    const text = haystack(l);
    if (!words.every((w) => text.includes(w))) return false;
  }
  return true;
}

export const filterListings = (listings: readonly StoredListing[], f: ListingFilter): StoredListing[] =>
  listings.filter((l) => matchesFilter(l, f));

const riskRank = (l: StoredListing) => {
  const level = riskAttr(l.label);
  return level === 'unknown' ? null : (l.label?.risk?.score ?? RISK_LEVELS.indexOf(level));
};

function sortValue(l: StoredListing, key: SortKey): string | number | null {
  switch (key) {
    case 'lastSeen': return l.lastSeenAt;
    case 'firstSeen': return l.firstSeenAt;
    case 'title': return fold(l.title);
    case 'site': return l.platform;
    case 'category': return topCategoryOf(l);
    case 'risk': return riskRank(l);
    case 'pay': return payFigure(l)?.amount ?? null;
    case 'seen': return l.seenCount;
  }
}

/** Stable sort; unknown values (no pay, no label) always sort last, in either direction. */
export function sortListings(listings: readonly StoredListing[], sort: ListingSort): StoredListing[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return listings
    .map((l, i) => ({ l, i, v: sortValue(l, sort.key) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1;
      const c = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : String(a.v).localeCompare(String(b.v));
      return c * sign || a.i - b.i;
    })
    .map((x) => x.l);
}

/** The categories present, for the filter's options. */
export function categoriesIn(listings: readonly StoredListing[]): UpworkTopCategory[] {
  const set = new Set<UpworkTopCategory>();
  for (const l of listings) {
    const c = topCategoryOf(l);
    if (c) set.add(c);
  }
  return [...set].sort();
}
