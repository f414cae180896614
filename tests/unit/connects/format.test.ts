import { describe, expect, test } from 'vitest';
import { FINDING_CODES, type Finding } from '@/lib/connects/findings';
import { CAP_CAUSES, formatFinding, usd, pct } from '@/lib/connects/format';
import { ADVISOR_MODEL } from '@/lib/connects/model';

// One example per code with the words expected for it.
const EXAMPLES: [Finding, string][] = [
  [{ code: 'payment-unverified', args: {} }, 'Client has no verified payment method.'],
  [{ code: 'hire-rate-low', args: { rate: 0, jobs: 7 } }, 'Client hires rarely: 0% hire rate over 7 jobs posted.'],
  [{ code: 'no-spend', args: {} }, 'Client has spent nothing on Upwork yet.'],
  [{ code: 'few-reviews', args: { reviews: 0 } }, 'Client has no reviews yet.'],
  [{ code: 'poor-rating', args: { rating: 3.5, reviews: 4 } }, 'Client is rated 3.50 over 4 reviews.'],
  [{ code: 'many-open-jobs', args: { open: 6 } }, 'Client has 6 jobs open at once.'],
  [
    { code: 'budget-below-median', args: { amount: 15, median: 40, per: 'hour' } },
    'Pays $15.00/hr, far below the category median of $40.00/hr.',
  ],
  [{ code: 'off-platform', args: { name: 'Telegram', quote: 'Telegram' } }, 'Asks to move off Upwork (Telegram: “Telegram”).'],
  [
    { code: 'scam-phrase', args: { name: 'free sample', quote: 'free sample' } },
    'Reads like a known scam (free sample: “free sample”).',
  ],
  [{ code: 'many-proposals', args: { min: 50, max: null } }, 'Very many proposals already (50+).'],
  [{ code: 'many-interviews', args: { interviewing: 5 } }, 'Already interviewing 5 freelancers.'],
  [
    {
      code: 'repost',
      args: { title: 'Logo for a bakery', seenAt: Date.UTC(2026, 2, 4, 12), similarity: 0.75, matched: [{ detail: 'country', value: 'Canada' }, { detail: 'rating', value: 4.99 }, { detail: 'totalSpent', value: 26_000 }] },
    },
    'Likely a repost: the same client (Canada, rating 4.99, $26,000 spent) posted “Logo for a bakery” (75% the same title), first seen Mar 4, 2026.',
  ],
  [{ code: 'ghost-open-long', args: { days: 30, basis: 'first-seen' } }, 'Still open 30 days after it was first seen, with no hire.'],
  [{ code: 'client-away', args: { text: '2 weeks ago', days: 14 } }, 'Client last looked at applicants 2 weeks ago (about 14 days).'],
  [{ code: 'cost', args: { connects: 22, usd: 3.3, assumed: false } }, 'Costs 22 Connects = $3.30.'],
  [
    { code: 'value', args: { usd: 2400, basis: 'hourly', rate: 40, hours: 60 } },
    'About $2,400: $40.00/hr × 60 h.',
  ],
  [{ code: 'p-client', args: { p: 0.5, rate: null, jobs: null } }, 'Client hire rate unknown: 50% assumed.'],
  [{ code: 'p-win', args: { p: 0.05, rivals: 19 } }, 'You win about 5.0% against 19 real rivals.'],
  [
    { code: 'own-rate', args: { p: 0.2, hires: 2, resolved: 8, category: 'Web development' } },
    'Your own hire rate in Web development: 2 of 8, so you win about 20%.',
  ],
  [{ code: 'risk-factor', args: { level: 'high', factor: 0.85 } }, 'AI-substitution risk high: chance × 0.85.'],
  [{ code: 'fit-factor', args: { factor: 2 / 3, have: 1, total: 4 } }, 'Skill fit: you have 1 of its 4 skills: chance × 0.67.'],
  [{ code: 'ev', args: { ratio: 37.4, evUsd: 123.4 } }, 'Expected value $123.40, 37× the Connects cost.'],
  [{ code: 'capped', args: { by: 'payment-unverified', verdict: 'think-twice' } }, 'Think twice at best, because the client has no verified payment method.'],
  [{ code: 'competition', args: { level: 'high', rivals: 24.5 } }, 'Competition high (25 real rivals).'],
];

describe('formatFinding', () => {
  test.each(EXAMPLES)('%j', (f, words) => {
    expect(formatFinding(f)).toBe(words);
  });

  test('every code has an example', () => {
    expect(EXAMPLES.map(([f]) => f.code).sort()).toEqual([...FINDING_CODES].sort());
  });

  test.each([
    ['value', { usd: 5000, basis: 'fixed', rate: null, hours: null }, 'Fixed price $5,000.'],
    ['value', { usd: 300, basis: 'assumed', rate: null, hours: null }, 'Pay not shown: assumed $300.00.'],
    ['value', { usd: 1200, basis: 'median', rate: 20, hours: 60 }, 'About $1,200 at the category median ($20.00/hr × 60 h).'],
    ['cost', { connects: 16, usd: 2.4, assumed: true }, 'Costs 16 Connects = $2.40 (not shown here: assumed).'],
    ['few-reviews', { reviews: 1 }, 'Client has only 1 review.'],
    ['fit-factor', { factor: 1, have: 1, total: 1 }, 'Skill fit: you have 1 of its 1 skill: chance × 1.'],
    ['ghost-open-long', { days: 22, basis: 'posted' }, 'Still open 22 days after it was posted, with no hire.'],
  ] as [Finding['code'], never, string][])('%s variant %#', (code, args, words) => {
    expect(formatFinding({ code, args } as Finding)).toBe(words);
  });

  test('money and shares', () => {
    expect([usd(0.15 * 22), usd(26000), pct(0.046), pct(0.86)]).toEqual(['$3.30', '$26,000', '4.6%', '86%']);
  });
});

test('every verdict cap has its cause in words', () => {
  expect(Object.keys(CAP_CAUSES).sort()).toEqual(Object.keys(ADVISOR_MODEL.verdict.caps).sort());
});
