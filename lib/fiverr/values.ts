// Turning Fiverr's words and codes into contract values. Pure; unknown input gives null.
import type { SellerLevel } from '@/lib/model/listing';

/** Collapses whitespace (including NBSP) and trims; null for empty or non-strings. */
export function clean(s: unknown): string | null {
  if (typeof s !== 'string') return null;
  const t = s.replace(/[\s\u00a0]+/g, ' ').trim();
  return t ? t : null;
}

export const textOf = (el: Element | null | undefined): string | null => clean(el?.textContent);

const num = (s: string): number | null => {
  const n = Number(s.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
};

/** "4.8" → 4.8; only a 0..5 star score counts. */
export function parseRating(s: string | null | undefined): number | null {
  const m = s?.match(/\d+(?:\.\d+)?/);
  const n = m ? num(m[0]) : null;
  return n !== null && n >= 0 && n <= 5 ? n : null;
}

/** "(1,234)" → 1234, "1k+" → 1000 (Fiverr rounds above 999: a lower bound, as "$6K+" → 6000). */
export function parseCount(s: string | null | undefined): number | null {
  const m = s?.match(/(\d[\d,]*(?:\.\d+)?)\s*([kKmM])?\+?/);
  if (!m?.[1]) return null;
  const n = num(m[1]);
  if (n === null) return null;
  const scale = m[2] ? (m[2].toLowerCase() === 'k' ? 1e3 : 1e6) : 1;
  return Math.round(n * scale);
}

// Symbols of the currencies Fiverr offers in its currency picker; longest first so "CA$" wins over "$".
const SYMBOLS: [string, string][] = [
  ['US$', 'USD'], ['CA$', 'CAD'], ['AU$', 'AUD'], ['A$', 'AUD'], ['NZ$', 'NZD'], ['HK$', 'HKD'],
  ['R$', 'BRL'], ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['₪', 'ILS'], ['₹', 'INR'], ['¥', 'JPY'],
  ['zł', 'PLN'], ['kr', 'SEK'], ['CHF', 'CHF'],
];

/** "From $1,250" → {amount: 1250, currency: "USD"}; null when no known currency precedes a number. */
export function parseMoney(s: string | null | undefined): { amount: number; currency: string } | null {
  if (!s) return null;
  for (const [symbol, currency] of SYMBOLS) {
    const at = s.indexOf(symbol);
    if (at < 0) continue;
    const m = s.slice(at + symbol.length).match(/^\s?(\d[\d,]*(?:\.\d+)?)/);
    const amount = m?.[1] ? num(m[1]) : null;
    if (amount !== null) return { amount, currency };
  }
  return null;
}

/** "2 Days Delivery", "2-day delivery", "1 day" → 2, 2, 1. */
export function parseDays(s: string | null | undefined): number | null {
  const m = s?.match(/(\d+)\s*-?\s*days?\b/i);
  return m?.[1] ? Number(m[1]) : null;
}

/** "Unlimited Revisions" → null (no limit), "3 Revisions" → 3. */
export function parseRevisions(s: string | null | undefined): number | null {
  const m = s?.match(/(\d+)\s*revisions?/i);
  return m?.[1] ? Number(m[1]) : null;
}

// The badge words a card or gig page shows, 2021 ("Level 1 Seller") and 2025 ("Level 1").
const LEVEL_WORDS: Record<string, SellerLevel> = {
  'level 1': 'level-1', 'level 1 seller': 'level-1', 'level one': 'level-1',
  'level 2': 'level-2', 'level 2 seller': 'level-2', 'level two': 'level-2',
  'top rated': 'top-rated', 'top rated seller': 'top-rated',
  'vetted pro': 'pro',
  'new seller': 'new',
};

/** The level a badge text states, or null when the text is not a level badge. */
export function levelFromText(s: string | null | undefined): SellerLevel | null {
  const key = s?.toLowerCase().replace(/\s+/g, ' ').trim();
  return key && Object.hasOwn(LEVEL_WORDS, key) ? LEVEL_WORDS[key]! : null;
}

// JSON codes. Cards: `seller_level` (2025-08, F); "" is what the page's own level filter calls
// "New Seller" (facet `na`, 20 of 27 gigs on the search fixture). Seller page: `sellerLevel`
// "LEVEL_ONE". 2021 gig page: `seo.description.sellerAchievement` "level_one".
const LEVEL_CODES: Record<string, SellerLevel> = {
  '': 'new', na: 'new', new_seller: 'new',
  level_one_seller: 'level-1', level_one: 'level-1', LEVEL_ONE: 'level-1',
  level_two_seller: 'level-2', level_two: 'level-2', LEVEL_TWO: 'level-2',
  top_rated_seller: 'top-rated', top_rated: 'top-rated', TOP_RATED: 'top-rated',
  NEW_SELLER: 'new', NO_LEVEL: 'new',
};

export const levelFromCode = (code: unknown): SellerLevel | null =>
  typeof code === 'string' && Object.hasOwn(LEVEL_CODES, code) ? LEVEL_CODES[code]! : null;

/** Fiverr's "Fiverr’s Choice" badge, with either apostrophe. */
export const CHOICE_TEXT = /^fiverr[’']s choice$/i;

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const numOr = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
/** A gig id: a positive integer, as a number or a string of digits. */
export function gigIdOr(v: unknown): string | null {
  if (typeof v === 'number') return Number.isSafeInteger(v) && v > 0 ? String(v) : null;
  return typeof v === 'string' && /^\d{1,20}$/.test(v.trim()) ? v.trim() : null;
}

/** A count or amount: finite and not negative. */
export const amountOr = (v: unknown): number | null => {
  const n = numOr(v);
  return n !== null && n >= 0 ? n : null;
};
/** A 0..5 star score. */
export const starsOr = (v: unknown): number | null => {
  const n = numOr(v);
  return n !== null && n >= 0 && n <= 5 ? n : null;
};
export const strOr = (v: unknown): string | null => (typeof v === 'string' ? clean(v) : null);
