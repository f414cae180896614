// "Best bets": the listings seen this week with the lowest AI risk and the best pay against
// comparable listings (same pay kind and currency, same top category when there are enough
// of them to compare, else all). Explainable by construction: the score is the pay
// percentile less 25 points per risk band above "very low", so a well-paid low-risk job can
// beat a poorly paid very-low one, and the reason shown is the band and the percentile.
import { t } from '../i18n';
import type { StoredListing } from '../db/schema';
import { RISK_LEVELS } from '../model/label';
import { topCategoryOf } from './category';
import { payFigure, type PayFigure } from './pay';
import { peersFromListings, type PayPeers } from './pay-peers';

export interface BestBet {
  listing: StoredListing;
  pay: PayFigure;
  /** 0..100: share of comparable listings paying the same or less. */
  percentile: number;
  /** How many listings the percentile compares against, and which group they are. */
  peers: number;
  peerGroup: string;
}

/** Catalogue keys of the peer groups' words. */
const GROUP_KEYS: Record<PayFigure['kind'], string> = { hourly: 'bets_group_hourly', fixed: 'bets_group_fixed', from: 'bets_group_from' };
const GROUP_IN_KEYS: Record<PayFigure['kind'], string> = { hourly: 'bets_group_hourly_in', fixed: 'bets_group_fixed_in', from: 'bets_group_from_in' };

/** Fewer comparable listings than this in a category and the whole history is the group. */
const MIN_CATEGORY_PEERS = 5;
/** Percentile points one risk band costs. */
const BAND_COST = 25;

/** `history`: the listings to compare with (exact), or peers read from the weekly pay
 *  histograms (lib/insights/weekly-figures.ts), as the popup does to stay fast at any size. */
export function bestBets(candidates: readonly StoredListing[], history: readonly StoredListing[] | PayPeers, limit = 3): BestBet[] {
  const peersOf = typeof history === 'function' ? history : peersFromListings(history);
  const bets: (BestBet & { score: number; rank: number })[] = [];
  for (const listing of candidates) {
    const level = listing.label?.risk?.level;
    const pay = payFigure(listing);
    if (!level || !pay) continue;
    const category = topCategoryOf(listing);
    const inCategory = category === null ? null : peersOf(pay.kind, pay.currency, category);
    const useCategory = inCategory !== null && inCategory.size >= MIN_CATEGORY_PEERS;
    const peers = useCategory ? inCategory : peersOf(pay.kind, pay.currency, null);
    const percentile = peers.atOrBelow(pay.amount);
    bets.push({
      listing,
      pay,
      percentile,
      peers: peers.size,
      peerGroup: useCategory ? t(GROUP_IN_KEYS[pay.kind], { currency: pay.currency, category: category! }) : t(GROUP_KEYS[pay.kind], { currency: pay.currency }),
      score: percentile - BAND_COST * RISK_LEVELS.indexOf(level),
      rank: RISK_LEVELS.indexOf(level),
    });
  }
  return bets
    .sort((a, b) => b.score - a.score || a.rank - b.rank || b.listing.lastSeenAt - a.listing.lastSeenAt)
    .slice(0, limit)
    .map(({ score: _score, rank: _rank, ...bet }) => bet);
}
