// What the advisor found, as coded data ({code, args}); lib/connects/format.ts is the one
// formatter that words them for the badge, the popup, the dashboard and exports.
import type { RiskLevel } from '../model/label';

// The advisor's verdict and competition words live here, below model.ts, because the model's
// caps and penalties are keyed by finding codes: model.ts imports this file, never the reverse.
/** A client detail two posts share, as data (worded by format.ts): the country as the page
 *  writes it, or a count field with this post's value. */
export type ClientMatch =
  | { detail: 'country'; value: string }
  | { detail: 'rating' | 'reviews' | 'totalSpent' | 'jobsPosted' | 'hireRate' | 'hires'; value: number };

export type Verdict = 'worth-it' | 'think-twice' | 'skip';
export type CompetitionLevel = 'very-high' | 'high' | 'medium' | 'low';

export interface FindingArgs {
  // Client quality flags (penalties and caps in model.ts).
  'payment-unverified': Record<string, never>;
  'hire-rate-low': { rate: number; jobs: number | null };
  'no-spend': Record<string, never>;
  'few-reviews': { reviews: number };
  'poor-rating': { rating: number; reviews: number | null };
  'many-open-jobs': { open: number };
  'budget-below-median': { amount: number; median: number; per: 'hour' | 'job' };
  'off-platform': { name: string; quote: string };
  'scam-phrase': { name: string; quote: string };
  'many-proposals': { min: number; max: number | null };
  'many-interviews': { interviewing: number };
  // From the user's own history.
  repost: { title: string; seenAt: number; similarity: number; matched: ClientMatch[] };
  'ghost-open-long': { days: number; basis: 'posted' | 'first-seen' };
  'client-away': { text: string; days: number };
  // The estimate.
  cost: { connects: number; usd: number; assumed: boolean };
  value: { usd: number; basis: 'fixed' | 'hourly' | 'median' | 'assumed'; rate: number | null; hours: number | null };
  'p-client': { p: number; rate: number | null; jobs: number | null };
  'p-win': { p: number; rivals: number };
  'own-rate': { p: number; hires: number; resolved: number; category: string };
  'risk-factor': { level: RiskLevel; factor: number };
  'fit-factor': { factor: number; have: number; total: number };
  ev: { ratio: number; evUsd: number };
  capped: { by: string; verdict: Verdict };
  competition: { level: CompetitionLevel; rivals: number };
}

export type FindingCode = keyof FindingArgs;
export type Finding = { [C in FindingCode]: { code: C; args: FindingArgs[C] } }[FindingCode];

export const finding = <C extends FindingCode>(code: C, args: FindingArgs[C]): Finding =>
  ({ code, args }) as Finding;

/** Every code, for the formatter's coverage test and for exports. */
export const FINDING_CODES = [
  'payment-unverified',
  'hire-rate-low',
  'no-spend',
  'few-reviews',
  'poor-rating',
  'many-open-jobs',
  'budget-below-median',
  'off-platform',
  'scam-phrase',
  'many-proposals',
  'many-interviews',
  'repost',
  'ghost-open-long',
  'client-away',
  'cost',
  'value',
  'p-client',
  'p-win',
  'own-rate',
  'risk-factor',
  'fit-factor',
  'ev',
  'capped',
  'competition',
] as const satisfies readonly FindingCode[];
