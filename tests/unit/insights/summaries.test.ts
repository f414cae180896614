// The popup's and dashboard's summaries over one hand-checked history (see scenario.ts).
import { describe, expect, it } from 'vitest';
import { bestBets } from '@/lib/insights/best-bets';
import { comparisonRows, summarisePeriod } from '@/lib/insights/compare';
import { formatChange } from '@/lib/insights/format';
import { weekAtGlance } from '@/lib/insights/glance';
import { categoriesByWeek, categoryShares, medianPayByCategory, riskMixByWeek } from '@/lib/insights/series';
import { inPeriod, lastDaysPeriods } from '@/lib/insights/time';
import { NOW, scenario } from './scenario';

const history = scenario();
const titleOf = (id: string) => history.find((l) => l.id === id)!.title;

describe('this week at a glance', () => {
  const glance = weekAtGlance(history, NOW);

  it('counts what was seen this week per site and by risk band', () => {
    expect(glance.week.key).toBe('2026-W33');
    expect(glance.perSite).toEqual({ upwork: 12, fiverr: 5 });
    expect(glance.mix).toEqual({ 'very-low': 2, low: 3, medium: 5, high: 3, 'very-high': 3, unknown: 1 });
  });

  it('lists the categories seen most with their new listings per week, oldest week first', () => {
    expect(glance.topCategories).toEqual([
      { category: 'Writing', count: 6, weekly: [0, 0, 0, 0, 2, 0, 0, 6] },
      { category: 'Web, Mobile & Software Dev', count: 4, weekly: [0, 0, 0, 0, 2, 0, 3, 3] },
      { category: 'Sales & Marketing', count: 3, weekly: [0, 0, 0, 0, 1, 0, 0, 3] },
      { category: 'Admin Support', count: 1, weekly: [0, 0, 0, 0, 0, 0, 1, 0] },
      { category: 'Design & Creative', count: 1, weekly: [0, 0, 0, 0, 0, 0, 1, 1] },
    ]);
  });

  it('picks best bets: pay percentile less 25 points per risk band above very low', () => {
    const thisWeek = history.filter((l) => inPeriod(l.lastSeenAt, glance.week));
    const bets = bestBets(thisWeek, history);
    expect(bets.map((b) => b.listing.title)).toEqual([
      titleOf('~01998fcc8860d82c04'), // Laravel, very low, $60/h midpoint: the top of 12 hourly jobs
      titleOf('~01e58456ea2c09e366'), // drop-off module, very low, $15,000: the top of 8 fixed budgets
      titleOf('~01096b9bd6447c8134'), // Shopify Consultant, low, $40/h: 10 of 12 hourly at or below
    ]);
    expect(bets.map((b) => [b.percentile, b.peers])).toEqual([[100, 12], [100, 8], [83, 12]]);
    // Web, Mobile & Software Dev has 4 hourly figures (< 5): compared with all hourly jobs.
    expect(bets[0]!.peerGroup).toBe('hourly USD listings');
  });

  it('lets a well-paid low-risk job beat a medium-risk one that pays the most', () => {
    const relabelled = history.map((l) =>
      l.id === '~01998fcc8860d82c04' ? { ...l, label: { ...l.label!, risk: { ...l.label!.risk!, level: 'medium' as const } } } : l,
    );
    const thisWeek = relabelled.filter((l) => inPeriod(l.lastSeenAt, glance.week));
    // Laravel now scores 100 − 50 = 50, below the Shopify Consultant's 83 − 25 = 58.
    expect(bestBets(thisWeek, relabelled).map((b) => b.listing.id)).toEqual([
      '~01e58456ea2c09e366', '~01096b9bd6447c8134', '~01998fcc8860d82c04',
    ]);
  });
});

describe('weekly series for the dashboard', () => {
  it('keeps empty weeks between the first and the last as empty columns', () => {
    const weeks = riskMixByWeek(history);
    expect(weeks.map((w) => w.week.key)).toEqual(['2026-W30', '2026-W31', '2026-W32', '2026-W33']);
    expect(weeks.map((w) => w.mix.high + w.mix['very-high'])).toEqual([2, 0, 1, 5]);
    expect(weeks[1]!.mix).toEqual({ 'very-low': 0, low: 0, medium: 0, high: 0, 'very-high': 0, unknown: 0 });
  });

  it('counts new listings per category and week', () => {
    const { weeks, series } = categoriesByWeek(history, 2);
    expect(weeks).toHaveLength(4);
    expect(series).toEqual([
      // A tie on the total is broken by name.
      { category: 'Web, Mobile & Software Dev', total: 8, counts: [2, 0, 3, 3] },
      { category: 'Writing', total: 8, counts: [2, 0, 0, 6] },
    ]);
  });

  it('gives shares of labelled listings and median USD pay per category', () => {
    const shares = categoryShares(history);
    expect(shares[0]).toEqual({ category: 'Web, Mobile & Software Dev', count: 8, share: 8 / 24 });
    expect(shares.reduce((s, c) => s + c.count, 0)).toBe(24); // 25 listings, one unlabelled
    const hourly = medianPayByCategory(history, 'hourly');
    expect(hourly).toEqual([
      { category: 'Web, Mobile & Software Dev', median: 37.25, n: 4 }, // 22.5, 22.5, 52, 60
      { category: 'Sales & Marketing', median: 30, n: 3 }, // 30, 30, 40
      { category: 'Design & Creative', median: 31.25, n: 2 }, // 30, 32.5
      { category: 'Writing', median: 25.25, n: 2 }, // 28, 22.5
    ]);
  });
});

describe('period comparison', () => {
  const { recent, before } = lastDaysPeriods(NOW, 14);
  const a = summarisePeriod(history, before);
  const b = summarisePeriod(history, recent);

  it('summarises each period from the listings first seen in it', () => {
    expect([a.total, a.perSite.upwork, a.perSite.fiverr]).toEqual([5, 5, 0]);
    expect([b.total, b.perSite.upwork, b.perSite.fiverr]).toEqual([20, 15, 5]);
    expect(b.mix).toEqual({ 'very-low': 2, low: 5, medium: 6, high: 3, 'very-high': 3, unknown: 1 });
    expect([a.highRiskShare, b.highRiskShare]).toEqual([2 / 5, 6 / 19]);
    expect([a.medianHourly, b.medianHourly]).toEqual([26.25, 31.25]);
    expect([a.medianFixed, b.medianFixed]).toEqual([1000, 450]); // 250 1000 1000 | 250 400 450 1000 15000
    expect([a.medianFrom, b.medianFrom]).toEqual([null, 30]); // Fiverr: 15 15 30 40 40
  });

  it('puts the changes side by side as B minus A', () => {
    const rows = comparisonRows(a, b);
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r]));
    expect(byKey.total).toMatchObject({ a: 5, b: 20, change: 15, relative: 3 });
    expect(formatChange(byKey.total!)).toBe('+15 (+300%)');
    expect(formatChange(byKey['high-share']!)).toBe('−8.4 pts');
    expect(formatChange(byKey['median-fixed']!)).toBe('−$550 (−55%)');
    expect(formatChange(byKey['median-from']!)).toBe('—');
    expect(byKey['category:Admin Support']).toMatchObject({ a: 0, b: 1 / 19 });
  });
});
