import { describe, expect, test } from 'vitest';
import { clientQuality } from '@/lib/connects/client-quality';
import { FLAG_CODES, ADVISOR_MODEL } from '@/lib/connects/model';
import { makeListing } from './make-listing';

const median = { hourlyUsd: 40, fixedUsd: 1000 };

// Each row changes one thing from a clean job page and expects exactly these flag codes.
const rows: [string, Parameters<typeof makeListing>, string[]][] = [
  ['a clean client', [{}, {}], []],
  ['payment unverified', [{}, { paymentVerified: false }], ['payment-unverified']],
  ['hire rate 29% over 7 jobs', [{}, { hireRate: 29, jobsPosted: 7 }], ['hire-rate-low']],
  ['hire rate 30% is not under 30', [{}, { hireRate: 30 }], []],
  ['hire rate 0% over 2 jobs is too few to judge', [{}, { hireRate: 0, jobsPosted: 2 }], []],
  ['$0 spent', [{}, { totalSpent: 0 }], ['no-spend']],
  ['2 reviews', [{}, { reviews: 2 }], ['few-reviews']],
  ['3.8 stars', [{}, { rating: 3.8 }], ['poor-rating']],
  ['5 open jobs', [{}, { openJobs: 5 }], ['many-open-jobs']],
  ['fixed $300 against a $1,000 median', [{ pay: { type: 'fixed', amount: 300, currency: 'USD' } }, {}], ['budget-below-median']],
  ['fixed $400 is at 40%, not below', [{ pay: { type: 'fixed', amount: 400, currency: 'USD' } }, {}], []],
  ['$10–$20/hr against $40/hr', [{ pay: { type: 'hourly', min: 10, max: 20, currency: 'USD' } }, {}], ['budget-below-median']],
  ['Telegram', [{ description: 'Message me on Telegram to discuss.' }, {}], ['off-platform']],
  ['WhatsApp', [{ description: 'Please text me on WhatsApp with your portfolio' }, {}], ['off-platform']],
  ['pay outside Upwork', [{ description: 'We will pay you outside of Upwork after the trial.' }, {}], ['off-platform']],
  ['free sample', [{ description: 'Send a free sample logo first.' }, {}], ['scam-phrase']],
  ['upfront fee', [{ description: 'A small registration fee is required.' }, {}], ['scam-phrase']],
  ['50+ proposals', [{ proposals: { min: 50, max: null } }, {}], ['many-proposals']],
  ['20 to 50 proposals', [{ proposals: { min: 20, max: 50 } }, {}], []],
  ['5 interviewing', [{ activity: { interviewing: 5 } }, {}], ['many-interviews']],
];

describe('client quality flags', () => {
  test.each(rows)('%s', (_name, args, codes) => {
    const q = clientQuality(makeListing(...args), median);
    expect(q.flags.map((f) => f.code)).toEqual(codes);
    const lost = codes.reduce((s, c) => s + ADVISOR_MODEL.clientQuality.penalties[c as keyof typeof ADVISOR_MODEL.clientQuality.penalties], 0);
    expect(q.score).toBe(100 - lost);
  });

  test('every flag code has a row that raises it', () => {
    const raised = new Set(rows.flatMap(([, , codes]) => codes));
    expect([...raised].sort()).toEqual([...FLAG_CODES].sort());
  });

  test('the job page leaves out zero spend and reviews: they count as zero there', () => {
    const q = clientQuality(makeListing({}, { totalSpent: null, reviews: null, rating: null, hires: null }));
    expect(q.flags.map((f) => f.code)).toEqual(['no-spend', 'few-reviews']);
    expect(q.facts.reviews).toBe(0);
  });

  test('a tile without hire rate or jobs posted guesses nothing', () => {
    const q = clientQuality(
      makeListing({}, { totalSpent: null, reviews: null, rating: null, hireRate: null, jobsPosted: null, openJobs: null, hires: null }),
    );
    expect(q.flags).toEqual([]);
    expect(q.score).toBeNull(); // only payment verified is known
  });

  test('no client block at all: no score, no flags', () => {
    const q = clientQuality(makeListing({}, null));
    expect(q).toMatchObject({ score: null, flags: [] });
  });

  test('the score never goes below 0', () => {
    const q = clientQuality(
      makeListing({ description: 'telegram, free sample, upfront fee' }, { paymentVerified: false, hireRate: 0, totalSpent: 0, reviews: 0 }),
    );
    expect(q.score).toBe(0);
  });
});
