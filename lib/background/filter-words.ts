// Why a tile was faded or folded, in the words the page shows on the tile and its tooltip:
// the rule that matched and what the listing showed, made here so the page carries no words.
import { riskLevelName } from '@/components/format/risk-words';
import { mutedWord, type FilterHit } from '../filters/filter-match';
import type { FilterRule } from '../filters/filter-schema';
import type { Label } from '../model/label';
import type { Listing } from '../model/listing';
import type { PillFilter } from '../model/view';

const SELLER_LEVEL_NAMES = { 'level-1': 'Level 1', 'level-2': 'Level 2', 'top-rated': 'Top Rated' } as const;

function money(amount: number, code: string): string {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency: code, maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${amount} ${code}`;
  }
}

export function filterReason(rule: FilterRule, listing: Listing, label: Label | null, currency: string): string {
  switch (rule.kind) {
    case 'risk':
      return `AI risk ${riskLevelName(rule.level).toLowerCase()} or higher`;
    case 'verdict-skip':
      return 'Connects verdict: Skip';
    case 'client-quality':
      return `Client quality below ${rule.below}`;
    case 'payment-unverified':
      return 'Payment not verified';
    case 'hourly-below':
      return `Hourly rate below ${money(rule.amount, currency)}`;
    case 'budget-below':
      return `${listing.platform === 'fiverr' ? 'Price' : 'Budget'} below ${money(rule.amount, currency)}`;
    case 'proposals':
      return `${rule.atLeast}+ proposals`;
    case 'categories':
      return `Muted category: ${label?.category?.name ?? ''}`;
    case 'keywords':
      return `Muted keyword: ${mutedWord(listing, rule.words) ?? ''}`;
    case 'seller-level':
      return `Seller below ${SELLER_LEVEL_NAMES[rule.below]}`;
    case 'rating-below':
      return `Seller rating below ${rule.below}`;
  }
}

export function pillFilter(hit: FilterHit | null, listing: Listing, label: Label | null, currency: string): PillFilter | null {
  if (!hit) return null;
  const reason = filterReason(hit.rule, listing, label, currency);
  return {
    action: hit.action,
    reason: `${hit.action === 'fold' ? 'Folded' : 'Faded'} by your filter: ${reason}`,
    heading: listing.title.slice(0, 160),
    show: 'Show',
  };
}
