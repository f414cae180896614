// One comparable figure per listing's pay, and the statistics over them. Hourly rates, fixed
// budgets and Fiverr "From $X" gig prices are never mixed (as in lib/trends), and only one
// currency is summarised at a time (nothing is converted: the research baseline is in US
// dollars, so summaries are too).
import type { Listing } from '../model/listing';

export type PayKind = 'hourly' | 'fixed' | 'from';

export interface PayFigure {
  kind: PayKind;
  amount: number;
  currency: string;
}

/** Hourly: the midpoint of the stated range (or the one end that is known). Fixed: the
 *  budget. From: a Fiverr gig's starting price. */
export function payFigure(listing: Pick<Listing, 'pay'>): PayFigure | null {
  const pay = listing.pay;
  if (!pay) return null;
  if (pay.type === 'hourly') {
    const ends = [pay.min, pay.max].filter((n): n is number => n !== null);
    if (ends.length === 0) return null;
    return { kind: 'hourly', amount: ends.reduce((a, b) => a + b, 0) / ends.length, currency: pay.currency };
  }
  return { kind: pay.type, amount: pay.amount, currency: pay.currency };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Share of `sorted` at or below `value`, 0..100 (the "pay percentile" of a listing). */
export function percentileRank(value: number, sorted: readonly number[]): number {
  if (sorted.length === 0) return 0;
  let below = 0;
  while (below < sorted.length && sorted[below]! <= value) below++;
  return Math.round((below / sorted.length) * 100);
}

/** The amounts of one kind and currency, e.g. every hourly USD figure. */
export function amountsOf(listings: readonly Pick<Listing, 'pay'>[], kind: PayKind, currency = 'USD'): number[] {
  const out: number[] = [];
  for (const l of listings) {
    const f = payFigure(l);
    if (f && f.kind === kind && f.currency === currency) out.push(f.amount);
  }
  return out;
}
