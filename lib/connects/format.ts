// The one formatter of the advisor's findings: every view words a code the same way.
import type { Finding, FindingArgs, FindingCode } from './findings';
import type { Verdict } from './model';

export const usd = (n: number): string =>
  n >= 1000 ? `$${Math.round(n).toLocaleString('en-US')}` : `$${n.toFixed(2)}`;
export const pct = (p: number): string => `${(p * 100).toFixed(p < 0.1 ? 1 : 0)}%`;
const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const VERDICT_WORDS: Record<Verdict, string> = {
  'worth-it': 'Worth it',
  'think-twice': 'Think twice',
  skip: 'Skip',
};

/** Why a finding caps the verdict, in the words of `capped`. */
export const CAP_CAUSES: Partial<Record<FindingCode, string>> = {
  'off-platform': 'it asks to move off Upwork',
  'scam-phrase': 'it reads like a known scam',
  'payment-unverified': 'the client has no verified payment method',
  'hire-rate-low': 'the client rarely hires',
  repost: 'it looks like a repost',
  'ghost-open-long': 'it has been open long with no hire',
};

const WORDS: { [C in FindingCode]: (a: FindingArgs[C]) => string } = {
  'payment-unverified': () => 'Client has no verified payment method.',
  'hire-rate-low': (a) =>
    `Client hires rarely: ${a.rate}% hire rate${a.jobs !== null ? ` over ${plural(a.jobs, 'job')} posted` : ''}.`,
  'no-spend': () => 'Client has spent nothing on Upwork yet.',
  'few-reviews': (a) => (a.reviews === 0 ? 'Client has no reviews yet.' : `Client has only ${plural(a.reviews, 'review')}.`),
  'poor-rating': (a) =>
    `Client is rated ${a.rating.toFixed(2)}${a.reviews !== null ? ` over ${plural(a.reviews, 'review')}` : ''}.`,
  'many-open-jobs': (a) => `Client has ${a.open} jobs open at once.`,
  'budget-below-median': (a) =>
    `Pays ${usd(a.amount)}${a.per === 'hour' ? '/hr' : ''}, far below the category median of ${usd(a.median)}${a.per === 'hour' ? '/hr' : ''}.`,
  'off-platform': (a) => `Asks to move off Upwork (${a.name}: “${a.quote}”).`,
  'scam-phrase': (a) => `Reads like a known scam (${a.name}: “${a.quote}”).`,
  'many-proposals': (a) => `Very many proposals already (${a.max === null ? `${a.min}+` : `${a.min} to ${a.max}`}).`,
  'many-interviews': (a) => `Already interviewing ${a.interviewing} freelancers.`,
  repost: (a) =>
    `Likely a repost: the same client (${a.matched.join(', ')}) posted “${a.title}” (${pct(a.similarity)} the same title), first seen ${day(a.seenAt)}.`,
  'ghost-open-long': (a) =>
    `Still open ${plural(a.days, 'day')} after it was ${a.basis === 'posted' ? 'posted' : 'first seen'}, with no hire.`,
  'client-away': (a) => `Client last looked at applicants ${a.text} (about ${plural(a.days, 'day')}).`,
  cost: (a) => `Costs ${plural(a.connects, 'Connect')} = ${usd(a.usd)}${a.assumed ? ' (not shown here: assumed)' : ''}.`,
  value: (a) =>
    a.basis === 'fixed'
      ? `Fixed price ${usd(a.usd)}.`
      : a.basis === 'hourly'
        ? `About ${usd(a.usd)}: ${usd(a.rate ?? 0)}/hr × ${a.hours ?? 0} h.`
        : a.basis === 'median'
          ? `About ${usd(a.usd)} at the category median${a.hours !== null ? ` (${usd(a.rate ?? 0)}/hr × ${a.hours} h)` : ''}.`
          : `Pay not shown: assumed ${usd(a.usd)}.`,
  'p-client': (a) =>
    a.rate === null
      ? `Client hire rate unknown: ${pct(a.p)} assumed.`
      : `Client hires on ${pct(a.p)} of jobs (${a.rate}% over ${plural(a.jobs ?? 0, 'job')}, weighed with the typical rate).`,
  'p-win': (a) => `You win about ${pct(a.p)} against ${a.rivals.toFixed(0)} real rivals.`,
  'own-rate': (a) =>
    `Your own hire rate in ${a.category}: ${a.hires} of ${a.resolved}, so you win about ${pct(a.p)}.`,
  'risk-factor': (a) => `AI-substitution risk ${a.level}: chance × ${a.factor}.`,
  ev: (a) => `Expected value ${usd(a.evUsd)}, ${a.ratio.toFixed(0)}× the Connects cost.`,
  capped: (a) => `${VERDICT_WORDS[a.verdict]} at best, because ${CAP_CAUSES[a.by as FindingCode] ?? a.by}.`,
  competition: (a) => `Competition ${a.level} (${a.rivals.toFixed(0)} real rivals).`,
};

export function formatFinding(f: Finding): string {
  return (WORDS[f.code] as (a: unknown) => string)(f.args);
}
