// "About the client" on job details. The data-qa="client-*" hooks are identical from
// 2024-04 to 2026-04; the container's data-test flip-flopped (selectors.ts, details.client).
import type { ListingInput } from '../model/listing';
import { readRatingBox } from './client-tile';
import { details as sel } from './selectors';
import { clean, parseCount, parseMoney, parseRating, pick, textOf } from './text';

type ClientInput = NonNullable<ListingInput['client']>;

/** "Payment method verified" / "Payment method not verified", among other badges. */
function paymentVerified(box: Element): boolean | null {
  for (const s of box.querySelectorAll('strong')) {
    const t = clean(s.textContent).toLowerCase();
    if (!t.startsWith('payment method')) continue;
    return !/not verified|unverified/.test(t);
  }
  return null;
}

/** "4.99 of 11 reviews"; the star widget alone is rounded ("5.0"). */
function ratingOf(box: Element): { rating: number | null; reviews: number | null } {
  const el = pick(box, sel.clientRating);
  const m = /(\d(?:\.\d+)?)\s*of\s*([\d,]+)\s*reviews?/i.exec(clean(el?.textContent));
  if (m) return { rating: parseRating(m[1]), reviews: parseCount(m[2]) };
  return el ? readRatingBox(el) : { rating: null, reviews: null };
}

/** "14 jobs posted 93% hire rate, 1 open job". */
function jobStats(text: string | null) {
  const t = text ?? '';
  const posted = /([\d,]+)\s*jobs? posted/i.exec(t);
  const rate = /(\d+(?:\.\d+)?)%\s*hire rate/i.exec(t);
  const open = /([\d,]+)\s*open jobs?/i.exec(t);
  return {
    jobsPosted: posted ? parseCount(posted[1]) : null,
    hireRate: rate ? Math.min(100, Number(rate[1])) : null,
    openJobs: open ? parseCount(open[1]) : null,
  };
}

export function readDetailsClient(root: Element): ClientInput | null {
  const box = pick(root, sel.client);
  if (!box) return null;
  const hires = /([\d,]+)\s*hires?/i.exec(textOf(box, sel.clientHires) ?? '');
  return {
    paymentVerified: paymentVerified(box),
    ...ratingOf(box),
    totalSpent: parseMoney(textOf(box, sel.clientSpend)),
    country: textOf(box, sel.clientLocation),
    ...jobStats(textOf(box, sel.clientJobStats)),
    hires: hires ? parseCount(hires[1]) : null,
  };
}
