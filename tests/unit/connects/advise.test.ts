import { describe, expect, test } from 'vitest';
import { advise } from '@/lib/connects/advise';
import type { AdvisorInputs } from '@/lib/connects/inputs';
import type { Label } from '@/lib/model/label';
import { medianFromTrend } from '@/lib/connects/median-from-trend';
import type { ListingTrend } from '@/lib/trends/trend-label';
import { makeListing } from './make-listing';

const NOW = Date.UTC(2026, 3, 20, 12);
const inputs = (over: Partial<AdvisorInputs> = {}): AdvisorInputs => ({
  priceUsd: 0.15,
  median: null,
  own: null,
  fit: null,
  history: [],
  now: NOW,
  ...over,
});
const riskLabel = (level: 'very-high' | 'low'): Label => ({
  category: null,
  risk: { level, score: 80, mode: 'automation', reasons: [], confidence: 0.8, movesTo: [] },
});

describe('the estimate, term by term', () => {
  // $30–$50/hr → $40 × (15 h/week "Less than 30 hrs/week" × 8 weeks "1 to 3 months") = $4,800.
  // Client 90% over 20 jobs, shrunk to 50% with weight 3: (18 + 1.5) / 23 = 0.8478.
  // 5 to 10 proposals → 7.5 × 0.7 = 5.25 rivals → 1 / 6.25 = 0.16. 12 Connects × $0.15 = $1.80.
  const a = advise(makeListing(), null, inputs());

  test('numbers', () => {
    expect(a.value).toEqual({ usd: 4800, basis: 'hourly', rate: 40, hours: 120 });
    expect(a.cost).toEqual({ connects: 12, usd: 1.8, priceUsd: 0.15, assumed: false });
    expect(a.estimate.pClient).toBeCloseTo(19.5 / 23, 6);
    expect(a.estimate.pWin).toBeCloseTo(0.16, 6);
    expect(a.estimate.pHire).toBeCloseTo((19.5 / 23) * 0.16, 6);
    expect(a.estimate.evUsd).toBeCloseTo((19.5 / 23) * 0.16 * 4800, 4);
    expect(a.estimate.ratio).toBeCloseTo(((19.5 / 23) * 0.16 * 4800) / 1.8, 4);
    expect(a.verdict).toBe('worth-it');
    expect(a.quality.score).toBe(100);
  });

  test('the reasons end with the formula terms in order', () => {
    expect(a.reasons.map((r) => r.code)).toEqual(['competition', 'p-client', 'p-win', 'value', 'cost', 'ev']);
  });
});

describe('verdicts', () => {
  test.each([
    ['a well-paid, quiet job', makeListing(), null, inputs(), 'worth-it', []],
    [
      // $600 fixed, 20 to 50 proposals: 35 × 0.7 = 24.5 rivals → EV 0.8478 × 1/25.5 × 600 = $19.95, ÷ $1.80 = 11×
      'a modest fixed job with many bids',
      makeListing({ pay: { type: 'fixed', amount: 600, currency: 'USD' }, proposals: { min: 20, max: 50 } }),
      null,
      inputs(),
      'think-twice',
      [],
    ],
    [
      'the same at $500 falls under 10×',
      makeListing({ pay: { type: 'fixed', amount: 500, currency: 'USD' }, proposals: { min: 20, max: 50 } }),
      null,
      inputs(),
      'skip',
      [],
    ],
    ['payment unverified caps it', makeListing({}, { paymentVerified: false }), null, inputs(), 'think-twice', ['payment-unverified']],
    ['a Telegram move skips it', makeListing({ description: 'Add me on Telegram' }), null, inputs(), 'skip', ['off-platform']],
    [
      'a repost from the history caps it',
      makeListing(),
      null,
      inputs({ history: [{ code: 'repost', args: { title: 'x', seenAt: 0, similarity: 1, matched: [] } }] }),
      'think-twice',
      ['repost'],
    ],
    [
      'very high AI risk lowers the chance (× 0.7) but not below 30× here',
      makeListing(),
      riskLabel('very-high'),
      inputs(),
      'worth-it',
      [],
    ],
    ['a Connect at $2 makes it dear', makeListing(), null, inputs({ priceUsd: 2 }), 'think-twice', []],
  ] as const)('%s', (_n, listing, label, inp, verdict, capBy) => {
    const a = advise(listing, label, inp);
    expect(a.verdict).toBe(verdict);
    expect(a.reasons.filter((r) => r.code === 'capped').map((r) => (r.args as { by: string }).by)).toEqual(capBy);
  });

  test('the risk factor is a term of the formula', () => {
    const a = advise(makeListing(), riskLabel('very-high'), inputs());
    expect(a.estimate.riskFactor).toBe(0.7);
    expect(a.reasons).toContainEqual({ code: 'risk-factor', args: { level: 'very-high', factor: 0.7 } });
  });

  test('the user’s own win rate replaces the rivals estimate once 5 are resolved', () => {
    const few = advise(makeListing(), null, inputs({ own: { category: 'Mobile apps', hires: 1, resolved: 4 } }));
    expect(few.estimate.pWin).toBeCloseTo(0.16, 6);
    const enough = advise(makeListing(), null, inputs({ own: { category: 'Mobile apps', hires: 3, resolved: 10 } }));
    // (3 + 0.16 × 5) / (10 + 5)
    expect(enough.estimate.pWin).toBeCloseTo(3.8 / 15, 6);
    expect(enough.reasons).toContainEqual({
      code: 'own-rate',
      args: { p: 3.8 / 15, hires: 3, resolved: 10, category: 'Mobile apps' },
    });
  });

  test('a tile without Connects or client details assumes 16 Connects and the typical client', () => {
    const tile = makeListing({ connects: null, proposals: null, activity: null }, null);
    const a = advise(tile, null, inputs());
    expect(a.cost).toEqual({ connects: 16, usd: 2.4, priceUsd: 0.15, assumed: true });
    expect(a.estimate.pClient).toBe(0.5);
    expect(a.competition).toMatchObject({ assumed: true, rivals: 10.5, level: 'medium' });
    expect(a.quality.score).toBeNull();
  });

  test('an hourly job without a rate takes the category median', () => {
    const a = advise(
      makeListing({ pay: { type: 'hourly', min: null, max: null, currency: 'USD' } }),
      null,
      inputs({ median: { hourlyUsd: 35, fixedUsd: 900 } }),
    );
    expect(a.value).toEqual({ usd: 35 * 120, basis: 'median', rate: 35, hours: 120 });
  });
});

describe('the category median from the rate trend', () => {
  const trend = (metric: 'hourlyMid' | 'fixed' | 'from', currency: string, local = true) =>
    ({
      baseline: null,
      percentile: null,
      local: local ? { medianNow: 42, medianBefore: 40, change: 0.05, nNow: 30, nBefore: 30, window: {} } : null,
      history: { categoryName: 'Web', metric, currency, nNow: 30, nBefore: 30, needed: 20, nowWeeks: 4, beforeWeeks: 4 },
    }) as unknown as ListingTrend;
  test.each([
    ['hourly USD', trend('hourlyMid', 'USD'), { hourlyUsd: 42, fixedUsd: null }],
    ['fixed USD', trend('fixed', 'USD'), { hourlyUsd: null, fixedUsd: 42 }],
    ['Fiverr from-price', trend('from', 'USD'), null],
    ['euros', trend('fixed', 'EUR'), null],
    ['too little history', trend('fixed', 'USD', false), null],
    ['no trend', null, null],
  ])('%s', (_n, t, expected) => {
    expect(medianFromTrend(t)).toEqual(expected);
  });
});
