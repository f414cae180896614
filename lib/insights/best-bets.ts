// "Best bets": the listings seen this week with the lowest AI risk and, among those, the best
// pay against comparable listings (same pay kind and currency, same top category when there
// are enough of them to compare, else all). Explainable by construction: the reason is the
// risk band and the percentile.
import type { StoredListing } from '../db/schema';
import { RISK_LEVELS } from '../model/label';
import { topCategoryOf } from './category';
import { payFigure, percentileRank, type PayFigure } from './pay';

export interface BestBet {
  listing: StoredListing;
  pay: PayFigure;
  /** 0..100: share of comparable listings paying the same or less. */
  percentile: number;
  /** How many listings the percentile compares against, and which group they are. */
  peers: number;
  peerGroup: string;
}

/** Fewer comparable listings than this in a category and the whole history is the group. */
const MIN_CATEGORY_PEERS = 5;

export function bestBets(candidates: readonly StoredListing[], history: readonly StoredListing[], limit = 3): BestBet[] {
  const groups = new Map<string, number[]>();
  const add = (key: string, amount: number) => {
    const group = groups.get(key);
    if (group) group.push(amount);
    else groups.set(key, [amount]);
  };
  for (const l of history) {
    const f = payFigure(l);
    if (!f) continue;
    add(`${f.kind}|${f.currency}|*`, f.amount);
    add(`${f.kind}|${f.currency}|${topCategoryOf(l) ?? '?'}`, f.amount);
  }
  for (const g of groups.values()) g.sort((a, b) => a - b);

  const bets: (BestBet & { rank: number })[] = [];
  for (const listing of candidates) {
    const level = listing.label?.risk?.level;
    const pay = payFigure(listing);
    if (!level || !pay) continue;
    const category = topCategoryOf(listing);
    const inCategory = groups.get(`${pay.kind}|${pay.currency}|${category ?? '?'}`) ?? [];
    const useCategory = category !== null && inCategory.length >= MIN_CATEGORY_PEERS;
    const peers = useCategory ? inCategory : (groups.get(`${pay.kind}|${pay.currency}|*`) ?? []);
    bets.push({
      listing,
      pay,
      percentile: percentileRank(pay.amount, peers),
      peers: peers.length,
      peerGroup: `${pay.kind} ${pay.currency} listings${useCategory ? ` in ${category}` : ''}`,
      rank: RISK_LEVELS.indexOf(level),
    });
  }
  return bets
    .sort((a, b) => a.rank - b.rank || b.percentile - a.percentile || b.listing.lastSeenAt - a.listing.lastSeenAt)
    .slice(0, limit)
    .map(({ rank: _rank, ...bet }) => bet);
}
