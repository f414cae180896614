// Which filter rule, if any, a listing meets: pure and synchronous, run by the background with
// the label and the Connects advice it has just made. A rule never matches on a fact the
// listing does not show (no pay, no client, no seller level): unknown is not bad.
import type { Label, RiskLevel } from '../model/label';
import { RISK_LEVELS } from '../model/label';
import type { Listing, SellerLevel } from '../model/listing';
import { siteRules, type FilterAction, type FilterRule, type Filters } from './filter-schema';

export interface FilterFacts {
  label: Label | null;
  /** Upwork, once advised: the verdict and the client quality score. */
  verdict: 'worth-it' | 'think-twice' | 'skip' | null;
  clientQuality: number | null;
}

export interface FilterSettings {
  filters: Filters;
  homeCurrency: { code: string; perUsd: number } | null;
  /** The older "Dim high-risk listings" switch: fades high and very high risk. */
  dimHighRisk: boolean;
}

export interface FilterHit {
  action: FilterAction;
  rule: FilterRule;
}

const SELLER_ORDER: readonly SellerLevel[] = ['new', 'level-1', 'level-2', 'top-rated', 'pro'];
const atLeast = (level: RiskLevel | undefined, min: RiskLevel) => level !== undefined && RISK_LEVELS.indexOf(level) >= RISK_LEVELS.indexOf(min);

/** A price in the user's home currency (USD when none is set); null when it cannot be said. */
export function inHomeCurrency(amount: number, currency: string, home: FilterSettings['homeCurrency']): number | null {
  if (home && currency === home.code) return amount;
  if (currency !== 'USD') return null;
  return home ? amount * home.perUsd : amount;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordCache = new Map<string, RegExp>();
function wordRe(word: string): RegExp {
  let re = wordCache.get(word);
  if (!re) {
    re = new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRe(word.trim().toLowerCase())}(?:$|[^\\p{L}\\p{N}])`, 'u');
    if (wordCache.size > 500) wordCache.clear();
    wordCache.set(word, re);
  }
  return re;
}

/** The first muted word the listing contains (title, skills, description), or null. */
export function mutedWord(listing: Listing, words: readonly string[]): string | null {
  if (!words.length) return null;
  const text = [listing.title, ...listing.skills, listing.description ?? ''].join('\n').toLowerCase();
  return words.find((w) => w.trim() && wordRe(w).test(text)) ?? null;
}

function matches(rule: FilterRule, listing: Listing, facts: FilterFacts, home: FilterSettings['homeCurrency']): boolean {
  const pay = listing.pay;
  switch (rule.kind) {
    case 'risk':
      return atLeast(facts.label?.risk?.level, rule.level);
    case 'verdict-skip':
      return facts.verdict === 'skip';
    case 'client-quality':
      return facts.clientQuality !== null && facts.clientQuality < rule.below;
    case 'payment-unverified':
      return listing.client?.paymentVerified === false;
    case 'hourly-below': {
      const top = pay?.type === 'hourly' ? (pay.max ?? pay.min) : null;
      const value = top === null || !pay ? null : inHomeCurrency(top, pay.currency, home);
      return value !== null && value < rule.amount;
    }
    case 'budget-below': {
      const value = pay && pay.type !== 'hourly' ? inHomeCurrency(pay.amount, pay.currency, home) : null;
      return value !== null && value < rule.amount;
    }
    case 'proposals':
      return listing.proposals !== null && listing.proposals.min >= rule.atLeast;
    case 'categories':
      return !!facts.label?.category && rule.ids.includes(facts.label.category.id);
    case 'keywords':
      return mutedWord(listing, rule.words) !== null;
    case 'seller-level': {
      const level = listing.seller?.level;
      return !!level && SELLER_ORDER.indexOf(level) < SELLER_ORDER.indexOf(rule.below);
    }
    case 'rating-below': {
      const rating = listing.seller?.rating;
      return rating !== null && rating !== undefined && rating < rule.below;
    }
  }
}

const DIM_RULE: FilterRule = { kind: 'risk', on: true, action: 'fade', level: 'high' };

/** The rule that filters this listing: a fold wins over a fade, then the settings' order. */
export function filterHit(listing: Listing, facts: FilterFacts, settings: FilterSettings): FilterHit | null {
  let hit: FilterHit | null = null;
  if (settings.filters.enabled) {
    for (const rule of siteRules(settings.filters, listing.platform)) {
      if (!rule.on || (hit && (hit.action === 'fold' || rule.action === 'fade'))) continue;
      if (matches(rule, listing, facts, settings.homeCurrency)) hit = { action: rule.action, rule };
    }
  }
  if (!hit && settings.dimHighRisk && matches(DIM_RULE, listing, facts, null)) hit = { action: 'fade', rule: DIM_RULE };
  return hit;
}
