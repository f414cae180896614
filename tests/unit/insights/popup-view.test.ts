// The popup's figures read the bounded way (this week's listings plus the sparkline weeks'
// aggregates) against the same figures worked out exactly from the whole hand-checked history.
import { describe, expect, it } from 'vitest';
import { compileProfile, fitOf } from '@/lib/fit/fit';
import { bestBets } from '@/lib/insights/best-bets';
import { bestConnectsValue } from '@/lib/insights/connects-value';
import { weekAtGlance } from '@/lib/insights/glance';
import { loadPopupData } from '@/lib/insights/own-history';
import { peersFromHistograms, peersFromListings } from '@/lib/insights/pay-peers';
import { popupView } from '@/lib/insights/popup-view';
import { inPeriod } from '@/lib/insights/time';
import { categoryMediansFrom, payHistograms } from '@/lib/insights/weekly-figures';
import { binOf, emptyDense } from '@/lib/trends/histogram';
import { seed } from './history';
import { NOW, scenario } from './scenario';

const history = scenario();
const exactGlance = weekAtGlance(history, NOW);
const thisWeekExact = history.filter((l) => inPeriod(l.lastSeenAt, exactGlance.week));

describe('popup figures from this week and the weekly aggregates', () => {
  it('reads only the listings last seen this week', async () => {
    await seed(history);
    const data = await loadPopupData(NOW);
    expect(data.weeks.map((w) => w.key)).toEqual(['2026-W26', '2026-W27', '2026-W28', '2026-W29', '2026-W30', '2026-W31', '2026-W32', '2026-W33']);
    expect(data.thisWeek.map((l) => l.id).sort()).toEqual(thisWeekExact.map((l) => l.id).sort());
    expect(data.thisWeek).toHaveLength(17);
  });

  it('gives the same glance, sparklines included, as the whole history', async () => {
    await seed(history);
    const view = popupView(await loadPopupData(NOW), NOW, 0.15);
    expect(view.glance).toEqual(exactGlance);
  });

  it('ranks the same best bets with the same percentiles and peer counts', async () => {
    await seed(history);
    const view = popupView(await loadPopupData(NOW), NOW, 0.15);
    const exact = bestBets(thisWeekExact, history);
    expect(view.bets.map((b) => [b.listing.id, b.percentile, b.peers, b.peerGroup])).toEqual(
      exact.map((b) => [b.listing.id, b.percentile, b.peers, b.peerGroup]),
    );
  });

  it('reads category medians within 6% of the exact ones', async () => {
    await seed(history);
    const medians = categoryMediansFrom(payHistograms((await loadPopupData(NOW)).weekly));
    // Exact medians of the scenario's Upwork jobs (connects-value.test.ts).
    const exact = { 'Web, Mobile & Software Dev': [37.25, 325], 'Sales & Marketing': [30, 1000], 'Design & Creative': [31.25, null], Writing: [25.25, 1000], 'Admin Support': [null, 450] } as const;
    expect([...medians.keys()].sort()).toEqual(Object.keys(exact).sort());
    for (const [category, [hourly, fixed]] of Object.entries(exact)) {
      const m = medians.get(category as never)!;
      for (const [got, want] of [[m.hourlyUsd, hourly], [m.fixedUsd, fixed]] as const) {
        if (want === null) expect(got).toBeNull();
        else expect(Math.abs(got! / want - 1)).toBeLessThan(0.06);
      }
    }
  });

  it('offers this week’s Upwork jobs as the best value per Connect', async () => {
    await seed(history);
    const view = popupView(await loadPopupData(NOW), NOW, 0.15);
    const exact = bestConnectsValue(thisWeekExact, history, { priceUsd: 0.15, now: NOW });
    expect(view.connects).toHaveLength(3);
    expect(view.connects.every((b) => b.listing.platform === 'upwork')).toBe(true);
    expect(view.connects[0]!.listing.id).toBe(exact[0]!.listing.id);
  });

  it('weighs each job\'s fit to the profile, as the pills do: no skill in common lowers every ratio', async () => {
    await seed(history);
    const data = await loadPopupData(NOW);
    const plain = popupView(data, NOW, 0.15);
    const profile = compileProfile({ skills: ['Underwater basket weaving'] });
    const withFit = popupView(data, NOW, 0.15, (l) => fitOf(l.skills, profile));
    const ratio = new Map(plain.connects.map((b) => [b.listing.id, b.ratio]));
    const fitted = withFit.connects.filter((b) => fitOf(b.listing.skills, profile) !== null);
    expect(fitted.length).toBeGreaterThan(0);
    // Known fit of 0: the chance is halved (lib/connects/model.ts floor), the ratio with it.
    for (const b of fitted) if (ratio.has(b.listing.id)) expect(b.ratio).toBeCloseTo(ratio.get(b.listing.id)! * 0.5, 6);
    // With a fit function that knows nothing, the ranking is exactly the plain one.
    expect(popupView(data, NOW, 0.15, () => null).connects).toEqual(plain.connects);
  });
});

describe('pay peers', () => {
  it.each([
    [10, 25],
    [19.9, 25], // bins split at 10^1.3 = 19.95: 19.9 is in the bin below 20's
    [20.5, 50], // 20.5 shares the bin of 20: paying as much
    [45, 75],
    [100, 100],
    [5, 0],
  ])('from histograms: %d pays at least as much as %d%% of 10, 20, 40, 80', (amount, expected) => {
    const dense = emptyDense();
    for (const v of [10, 20, 40, 80]) dense[binOf(v)]!++;
    const peers = peersFromHistograms(new Map([['hourly|USD|*', dense]]));
    expect(peers('hourly', 'USD', null)).toMatchObject({ size: 4 });
    expect(peers('hourly', 'USD', null).atOrBelow(amount)).toBe(expected);
    expect(peers('fixed', 'USD', null)).toMatchObject({ size: 0 });
  });

  it('from listings: exact amounts, per category and for all', () => {
    const peers = peersFromListings(history);
    expect(peers('hourly', 'USD', null).size).toBe(12);
    expect(peers('hourly', 'USD', null).atOrBelow(40)).toBe(83);
    expect(peers('hourly', 'USD', 'Web, Mobile & Software Dev').size).toBe(4);
    expect(peers('from', 'USD', 'Writing').size).toBe(4);
  });
});
