// Why a tile was faded or folded, in the words the page shows on the tile and its tooltip:
// the rule that matched and its threshold, in the user's language, made here so the page
// carries no words.
import { riskLevelName } from '@/components/format/risk-words';
import { verdictWords } from '../connects/format';
import { mutedWord, type FilterHit } from '../filters/filter-match';
import type { FilterRule } from '../filters/filter-schema';
import { currentLocale, t } from '../i18n';
import type { Label } from '../model/label';
import type { Listing } from '../model/listing';
import type { PillFilter } from '../model/view';

const SELLER_LEVEL_KEYS = { 'level-1': 'filters_seller_level_1', 'level-2': 'filters_seller_level_2', 'top-rated': 'filters_seller_top_rated' } as const;

function money(amount: number, code: string): string {
  try {
    return new Intl.NumberFormat(currentLocale(), { style: 'currency', currency: code, maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${amount} ${code}`;
  }
}

export function filterReason(rule: FilterRule, listing: Listing, label: Label | null, currency: string): string {
  switch (rule.kind) {
    case 'risk':
      return t('filter_why_risk', { level: riskLevelName(rule.level) });
    case 'verdict-skip':
      return t('filter_why_verdict_skip', { verdict: verdictWords('skip') });
    case 'client-quality':
      return t('filter_why_client_quality', { score: rule.below });
    case 'payment-unverified':
      return t('filter_why_payment');
    case 'hourly-below':
      return t('filter_why_hourly', { amount: money(rule.amount, currency) });
    case 'budget-below':
      return t(listing.platform === 'fiverr' ? 'filter_why_price' : 'filter_why_budget', { amount: money(rule.amount, currency) });
    case 'proposals':
      return t('filter_why_proposals', { tier: rule.atLeast });
    case 'categories':
      return t('filter_why_category', { name: label?.category?.name ?? '' });
    case 'keywords':
      return t('filter_why_keyword', { word: mutedWord(listing, rule.words) ?? '' });
    case 'seller-level':
      return t('filter_why_seller_level', { level: t(SELLER_LEVEL_KEYS[rule.below]) });
    case 'rating-below':
      return t('filter_why_rating', { rating: rule.below });
  }
}

export function pillFilter(hit: FilterHit | null, listing: Listing, label: Label | null, currency: string): PillFilter | null {
  if (!hit) return null;
  const reason = filterReason(hit.rule, listing, label, currency);
  return {
    action: hit.action,
    reason: t(hit.action === 'fold' ? 'filter_folded' : 'filter_faded', { reason }),
    heading: listing.title.slice(0, 160),
    show: t('filter_show'),
  };
}
