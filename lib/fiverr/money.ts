// Fiverr stores prices in US dollars (gig pages: in cents) and shows them converted to the
// visitor's currency with the rate embedded in the page. The contract wants the page's currency,
// so JSON prices are converted exactly as the page does it: the 2021 EUR gig page shows
// 500 cents × 0.9290254383 as "€4.65".
import { gigProps, inlineGigProps, perseusProps } from './embedded';
import { isRecord, numOr, strOr } from './values';

export interface PageCurrency {
  code: string;
  rate: number;
  /** Fiverr rounds shown prices to whole units from this amount on. */
  roundFrom: number | null;
}

function read(value: unknown): PageCurrency | null {
  if (!isRecord(value)) return null;
  const code = strOr(value.name);
  const rate = numOr(value.rate);
  if (!code || !/^[A-Z]{3}$/.test(code) || rate === null || rate <= 0) return null;
  const roundFrom = value.forceRound === true ? numOr(value.forceRoundFromAmount) : null;
  return { code, rate, roundFrom };
}

/** The currency the page shows prices in, from its embedded state; null when not stated. */
export function pageCurrency(doc: Document): PageCurrency | null {
  return read(perseusProps(doc)?.currency) ?? read(inlineGigProps(doc)?.currency) ?? read(gigProps(doc)?.currency);
}

/** A US-dollar amount as the page shows it. */
export function toPageCurrency(usd: number, cur: PageCurrency): number {
  if (cur.rate === 1) return usd;
  const shown = Math.round(usd * cur.rate * 100) / 100;
  return cur.roundFrom !== null && shown >= cur.roundFrom ? Math.round(shown) : shown;
}
