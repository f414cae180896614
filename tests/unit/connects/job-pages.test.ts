// The advisor on the real saved job pages, parsed by the Upwork adapter. Every expected
// value was read from the page ("Required Connects to submit a proposal: 22", "93% hire
// rate, 1 open job", "Proposals: 20 to 50", …) and the estimate worked out by hand from
// lib/connects/model.ts.
import { describe, expect, test } from 'vitest';
import { loadPage } from '../../fixtures';
import { upwork } from '@/lib/upwork/adapter';
import { advise } from '@/lib/connects/advise';
import { formatFinding } from '@/lib/connects/format';
import type { CategoryMedian } from '@/lib/connects/inputs';
import type { Listing } from '@/lib/model/listing';

const DAY = 86_400_000;

function jobPage(file: string, url: string): Listing {
  const result = upwork.parsePage(loadPage(file), new URL(url));
  expect(result.status).toBe('ok');
  return result.listings[0]!;
}

const PAGES = {
  hourly2024: jobPage('upwork-job-2024-08-hourly.html', 'https://www.upwork.com/jobs/~0192f64b63ede4e596'),
  newClient2024: jobPage('upwork-job-2024-10-hourly-new-client.html', 'https://www.upwork.com/jobs/~021836097417550972322'),
  fixed2026: jobPage('upwork-job-2026-04-fixed-raw.html', 'https://www.upwork.com/jobs/~022037632358032505171'),
};

/** Each page says "Posted yesterday": advise a day after its posting time. */
const adviceOn = (l: Listing, median: CategoryMedian | null = null, priceUsd = 0.15) =>
  advise(l, null, { priceUsd, median, own: null, fit: null, history: [], now: Date.parse(l.postedAt!) + DAY });

describe('Connects advice on the saved job pages', () => {
  test.each([
    // page, connects, $ at $0.15, hire rate, client score, flags, rivals, competition, verdict
    ['hourly2024', 22, 3.3, 93, 100, [], 24.5, 'high', 'worth-it'],
    ['newClient2024', 9, 1.35, 0, 50, ['hire-rate-low', 'no-spend', 'few-reviews'], 11.25, 'medium', 'think-twice'],
    ['fixed2026', 20, 3, 78, 95, ['many-proposals'], 42, 'very-high', 'think-twice'],
  ] as const)('%s', (page, connects, usd, hireRate, score, flags, rivals, level, verdict) => {
    const listing = PAGES[page];
    const a = adviceOn(listing);
    expect(a.cost).toEqual({ connects, usd, priceUsd: 0.15, assumed: false });
    expect(a.quality.facts.hireRate).toBe(hireRate);
    expect(a.quality.score).toBe(score);
    expect(a.quality.flags.map((f) => f.code)).toEqual(flags);
    expect(a.competition.rivals).toBeCloseTo(rivals, 6);
    expect(a.competition.level).toBe(level);
    expect(a.competition.ageDays).toBe(1);
    expect(a.history).toEqual([]);
    expect(a.verdict).toBe(verdict);
  });

  test('2024-08 hourly: $30/hr × 30 h/week × 4 weeks, 93% over 14 jobs, 20 to 50 proposals', () => {
    const a = adviceOn(PAGES.hourly2024);
    expect(a.value).toEqual({ usd: 3600, basis: 'hourly', rate: 30, hours: 120 });
    expect(a.estimate.pClient).toBeCloseTo((0.93 * 14 + 1.5) / 17, 6);
    expect(a.estimate.pWin).toBeCloseTo(1 / 25.5, 6);
    expect(a.estimate.ratio).toBeCloseTo((((0.93 * 14 + 1.5) / 17) * 3600) / 25.5 / 3.3, 4); // 36.5×
    expect(a.competition).toMatchObject({ proposals: { min: 20, max: 50 }, interviewing: 0, invitesSent: 0, unansweredInvites: 0, lastViewedText: 'yesterday' });
  });

  test('2024-10 new client: no rate shown, so the value is assumed; the words the panel shows', () => {
    const a = adviceOn(PAGES.newClient2024);
    expect(a.value).toEqual({ usd: 1500, basis: 'assumed', rate: 25, hours: 60 });
    expect(a.estimate.pClient).toBeCloseTo(0.15, 6);
    // 5 to 10 proposals → 7.5 × 0.7 + 2 interviewing × 3 = 11.25 rivals
    expect(a.estimate.pWin).toBeCloseTo(1 / 12.25, 6);
    expect(a.estimate.ratio).toBeCloseTo((0.15 * 1500) / 12.25 / 1.35, 4); // 13.6×
    expect(a.competition).toMatchObject({ interviewing: 2, invitesSent: 4, unansweredInvites: 1 });
    expect(a.quality.flags.map(formatFinding)).toEqual([
      'Client hires rarely: 0% hire rate over 7 jobs posted.',
      'Client has spent nothing on Upwork yet.',
      'Client has no reviews yet.',
    ]);
  });

  test('2024-10 with a category median of $40/hr values it at the median', () => {
    const a = adviceOn(PAGES.newClient2024, { hourlyUsd: 40, fixedUsd: null });
    expect(a.value).toEqual({ usd: 2400, basis: 'median', rate: 40, hours: 60 });
    expect(a.verdict).toBe('think-twice');
  });

  test('2026-04 fixed $5,000 with 50+ proposals', () => {
    const a = adviceOn(PAGES.fixed2026);
    expect(a.value).toEqual({ usd: 5000, basis: 'fixed', rate: null, hours: null });
    expect(a.estimate.pClient).toBeCloseTo((0.78 * 18 + 1.5) / 21, 6);
    expect(a.estimate.ratio).toBeCloseTo(((0.74 * 5000) / 43) / 3, 4); // 28.7×: just under 30
    expect(a.competition).toMatchObject({ proposals: { min: 50, max: null }, lastViewedText: '16 hours ago' });
  });

  test('2026-04 against a $20,000 category median: budget far below it', () => {
    const a = adviceOn(PAGES.fixed2026, { hourlyUsd: null, fixedUsd: 20_000 });
    expect(a.quality.flags.map((f) => f.code)).toEqual(['budget-below-median', 'many-proposals']);
    expect(a.quality.score).toBe(80);
  });

  test('Connects at $0.05 (bought in a promotion) make the 2026 job worth it', () => {
    expect(adviceOn(PAGES.fixed2026, null, 0.05).verdict).toBe('worth-it');
  });

  test('a month later with no hire, the 2024-08 job reads as a ghost', () => {
    const l = PAGES.hourly2024;
    const a = advise(l, null, { priceUsd: 0.15, median: null, own: null, fit: null, history: [], now: Date.parse(l.postedAt!) + 30 * DAY });
    expect(a.history).toEqual([{ code: 'ghost-open-long', args: { days: 30, basis: 'posted' } }]);
    expect(a.verdict).toBe('think-twice');
  });
});
