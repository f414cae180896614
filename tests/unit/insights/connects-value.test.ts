// Best value per Connect: this week's Upwork jobs ranked by the Connects advisor's own
// expected-value ratio, with category medians from the same history.
import { expect, it } from 'vitest';
import { advise } from '@/lib/connects/advise';
import type { CategoryMedian } from '@/lib/connects/inputs';
import { bestConnectsValue } from '@/lib/insights/connects-value';
import { topCategoryOf } from '@/lib/insights/category';
import { inPeriod, weekOf } from '@/lib/insights/time';
import { NOW, scenario } from './scenario';

/** Medians of the scenario's Upwork jobs, worked out by hand (see scenario.ts). */
const MEDIANS: Record<string, CategoryMedian> = {
  'Web, Mobile & Software Dev': { hourlyUsd: 37.25, fixedUsd: 325 }, // 22.5 22.5 52 60 | 250 250 400 15000
  'Sales & Marketing': { hourlyUsd: 30, fixedUsd: 1000 },
  'Design & Creative': { hourlyUsd: 31.25, fixedUsd: null },
  Writing: { hourlyUsd: 25.25, fixedUsd: 1000 },
  'Admin Support': { hourlyUsd: null, fixedUsd: 450 },
};

it('ranks only Upwork jobs by the advisor ratio, best first', () => {
  const history = scenario();
  const thisWeek = history.filter((l) => inPeriod(l.lastSeenAt, weekOf(NOW)));
  const expected = thisWeek
    .filter((l) => l.platform === 'upwork')
    .map((l) => {
      const median = MEDIANS[topCategoryOf(l) ?? ''] ?? null;
      return { id: l.id, ratio: advise(l, l.label, { priceUsd: 0.15, median, own: null, fit: null, history: [], now: NOW }).estimate.ratio };
    })
    .sort((a, b) => b.ratio - a.ratio);
  expect(expected).toHaveLength(12);
  const bets = bestConnectsValue(thisWeek, history, { priceUsd: 0.15, now: NOW });
  expect(bets.map((b) => ({ id: b.listing.id, ratio: b.ratio }))).toEqual(expected.slice(0, 3));
  // The search tiles state no Connects: the advisor's assumed figure prices them.
  expect(bets.every((b) => b.assumed && b.costUsd === Math.round(b.connects * 15) / 100)).toBe(true);
});
