// Pay, duration and workload as tiles and job pages word them.
import type { ListingInput } from '../model/listing';
import { clean, currencyOf, moneyAll } from './text';

type PayInput = NonNullable<ListingInput['pay']>;

/** "Hourly: $15.00 - $30.00" → hourly 15..30; "Hourly" → hourly with unknown range;
 *  "Fixed price" + "Est. budget: $60.00" → fixed 60. A fixed job without a stated
 *  budget has no pay we can state (the contract needs an amount). */
export function parsePay(typeText: string | null, budgetText: string | null): PayInput | null {
  const type = clean(typeText).toLowerCase();
  const all = clean(`${typeText ?? ''} ${budgetText ?? ''}`);
  const currency = currencyOf(all);
  if (/hourly/.test(type)) {
    const [min = null, max = null] = moneyAll(clean(typeText).replace(/^[^$€£₹\d]*/, ''));
    return { type: 'hourly', min, max: max ?? min, currency };
  }
  if (/fixed/.test(type) || (!type && budgetText)) {
    const [amount] = moneyAll(clean(budgetText));
    return amount === undefined ? null : { type: 'fixed', amount, currency };
  }
  return null;
}

/** "1 to 3 months, Less than 30 hrs/week" → duration and weekly workload apart;
 *  a lone "More than 30 hrs/week" is only workload. */
export function splitDuration(s: string | null): { duration: string | null; workload: string | null } {
  const t = clean(s).replace(/^(?:est\. time|duration):\s*/i, '');
  let duration: string | null = null;
  let workload: string | null = null;
  for (const part of t.split(/,\s*/)) {
    if (!part) continue;
    // "Less than 30 hrs/week", "30+ hrs/week", "Hours to be determined" (2026).
    if (/\bhrs?\b|\bhours?\b/i.test(part)) workload = part;
    else duration = duration ? `${duration}, ${part}` : part;
  }
  return { duration, workload };
}
