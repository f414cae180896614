// The comparable pay figures a listing is ranked against ("pays more than or as much as 83% of
// 12 hourly USD listings"), from either of two sources: a list of stored listings (exact, for
// the dashboard and the tests' hand-checked histories) or the weekly pay histograms written at
// write time (lib/trends), so the popup's cost does not grow with the stored history.
import type { UpworkTopCategory } from '../model/label';
import type { PayMetric } from '../trends/contribution';
import { binOf, totalOf } from '../trends/histogram';
import type { StoredListing } from '../db/schema';
import { topCategoryOf } from './category';
import { payFigure, percentileRank, type PayKind } from './pay';

export interface PeerGroup {
  size: number;
  /** Share of the group at or below `amount`, 0..100 rounded; 0 for an empty group. */
  atOrBelow(amount: number): number;
}

/** The peers of one pay kind and currency, in one top category or (category null) in all. */
export type PayPeers = (kind: PayKind, currency: string, category: UpworkTopCategory | null) => PeerGroup;

/** The histogram metric each pay kind is compared on (lib/trends/contribution.ts headlineMetric). */
export const KIND_METRIC: Record<PayKind, PayMetric> = { hourly: 'hourlyMid', fixed: 'fixed', from: 'from' };

const EMPTY: PeerGroup = { size: 0, atOrBelow: () => 0 };

export function peersFromListings(history: readonly StoredListing[]): PayPeers {
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
    const category = topCategoryOf(l);
    if (category) add(`${f.kind}|${f.currency}|${category}`, f.amount);
  }
  for (const g of groups.values()) g.sort((a, b) => a - b);
  return (kind, currency, category) => {
    const sorted = groups.get(`${kind}|${currency}|${category ?? '*'}`);
    return sorted ? { size: sorted.length, atOrBelow: (amount) => percentileRank(amount, sorted) } : EMPTY;
  };
}

/** Dense histograms (lib/trends/histogram.ts) per `kind|currency|category-or-*`. Amounts that
 *  share the listing's bin (within about 12% of it) count as paying as much. */
export function peersFromHistograms(dense: ReadonlyMap<string, readonly number[]>): PayPeers {
  return (kind, currency, category) => {
    const hist = dense.get(`${kind}|${currency}|${category ?? '*'}`);
    const size = hist ? totalOf(hist) : 0;
    if (!hist || size === 0) return EMPTY;
    return {
      size,
      atOrBelow: (amount) => {
        let below = 0;
        for (let bin = 0; bin <= binOf(amount); bin++) below += hist[bin] ?? 0;
        return Math.round((below / size) * 100);
      },
    };
  };
}
