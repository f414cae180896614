// The likely value of the contract in USD: the fixed price, or the hourly rate × the hours
// Upwork's workload and duration wordings suggest (tables in model.ts).
import type { Listing } from '../model/listing';
import type { CategoryMedian } from './inputs';
import { ADVISOR_MODEL } from './model';
import { hourlyMid } from './pay-figures';

const V = ADVISOR_MODEL.value;

export interface ContractValue {
  usd: number;
  basis: 'fixed' | 'hourly' | 'median' | 'assumed';
  /** The hourly rate used (hourly bases only). */
  rate: number | null;
  hours: number | null;
}

/** Hours the job likely bills: hours a week by the workload × weeks by the duration. */
export function likelyHours(listing: Pick<Listing, 'workload' | 'duration'>): number {
  const workload = (listing.workload ?? '').toLowerCase();
  const duration = (listing.duration ?? '').toLowerCase();
  const perWeek = V.hoursPerWeek.find((h) => workload.includes(h.match))?.hours ?? V.defaultHoursPerWeek;
  const weeks = V.weeks.find((w) => duration.includes(w.match))?.weeks ?? V.defaultWeeks;
  return perWeek * weeks;
}

export function contractValue(listing: Listing, median: CategoryMedian | null): ContractValue {
  const pay = listing.pay;
  if (pay && pay.type !== 'hourly') return { usd: pay.amount, basis: 'fixed', rate: null, hours: null };
  const hours = likelyHours(listing);
  const rate = pay ? hourlyMid(pay) : null;
  if (rate !== null) return { usd: rate * hours, basis: 'hourly', rate, hours };
  // No rate shown: the category's median, by the pay type the job states when it states one.
  if (!pay && median?.fixedUsd) return { usd: median.fixedUsd, basis: 'median', rate: null, hours: null };
  if (median?.hourlyUsd) return { usd: median.hourlyUsd * hours, basis: 'median', rate: median.hourlyUsd, hours };
  if (pay) return { usd: V.fallbackHourlyUsd * hours, basis: 'assumed', rate: V.fallbackHourlyUsd, hours };
  return { usd: V.fallbackFixedUsd, basis: 'assumed', rate: null, hours: null };
}
