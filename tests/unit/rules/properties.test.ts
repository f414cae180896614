// Properties over many real listings (dev dataset titles, budgets, tiers, durations) with
// seeded random additions: protective signals never raise the score; labels are deterministic.
import { describe, expect, test } from 'vitest';
import { labelWith, type Labelable } from '@/lib/rules/engine';
import { GROUP_LIMITS, RULES } from '@/lib/rules/rules';
import { priorOf } from '@/lib/rules/priors';
import { CATEGORY_BY_ID } from '@/lib/taxonomy/categories';
import { benchListings } from '../../../bench/rules';

/** mulberry32: small, seeded, good enough to pick test cases reproducibly. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const listings = benchListings();
const protective = RULES.filter((r) => r.group === 'protective').flatMap((r) =>
  r.when.flatMap((c) => ('words' in c ? c.words.split('|') : [])),
);

describe('adding a protective signal never raises the score', () => {
  const rand = random(20_251_122);
  const cases: [number, Labelable, Labelable][] = [];
  for (let n = 0; n < 3000; n++) {
    const listing = listings[Math.floor(rand() * listings.length)]!;
    const phrase = protective[Math.floor(rand() * protective.length)]!;
    const where = rand();
    const added: Labelable =
      where < 0.45
        ? { ...listing, description: `${listing.description ?? ''}. ${phrase}.` }
        : where < 0.8
          ? { ...listing, skills: [...(listing.skills ?? []), phrase] }
          : { ...listing, description: `${phrase}. ${listing.description ?? ''}` };
    cases.push([n, listing, added]);
  }

  test('over 3000 seeded cases', () => {
    const raised = cases.filter(([, before, after]) => labelWith(after).risk!.score > labelWith(before).risk!.score);
    expect(raised.map(([n, , after]) => `#${n} ${after.title} + ${JSON.stringify(after.skills)}`)).toEqual([]);
  });

  test('and lowers it by exactly the newly fired effects, within the group limit and the floor', () => {
    const effect = new Map(RULES.map((r) => [r.id, r.effect]));
    const [limit] = GROUP_LIMITS.protective;
    const protectiveSum = (codes: string[]) => Math.max(limit, codes.reduce((s, c) => s + (c.startsWith('protect-') ? effect.get(c)! : 0), 0));
    let checked = 0;
    for (const [, before, after] of cases) {
      const a = labelWith(before);
      const b = labelWith(after);
      const codesA = a.risk!.reasons.map((r) => r.code);
      const codesB = b.risk!.reasons.map((r) => r.code);
      const work = priorOf(CATEGORY_BY_ID.get(a.category!.id)!).work;
      const floor = a.risk!.mode === 'builds-ai' || work === 'embodied' ? 0 : 20;
      expect(b.category).toEqual(a.category);
      expect(codesB.filter((c) => !c.startsWith('protect-'))).toEqual(codesA.filter((c) => !c.startsWith('protect-')));
      if (a.risk!.score >= 100 || a.risk!.score <= floor) continue;
      const delta = protectiveSum(codesB) - protectiveSum(codesA);
      expect(b.risk!.score).toBe(Math.max(floor, a.risk!.score + delta));
      checked++;
    }
    expect(checked).toBeGreaterThan(2000);
  });
});

describe('labels are deterministic', () => {
  const sample = listings.filter((_, i) => i % 40 === 0);

  test('the same listing gets the same label, also from a copy', () => {
    for (const l of sample) expect(labelWith(structuredClone(l))).toEqual(labelWith(l));
  });

  test('labelling order does not matter', () => {
    const forward = sample.map((l) => labelWith(l));
    const backward = [...sample].reverse().map((l) => labelWith(l)).reverse();
    expect(backward).toEqual(forward);
  });

  test('the engine does not change the listing it reads', () => {
    const l = sample[3]!;
    const before = structuredClone(l);
    labelWith(l, { customRules: [{ id: 'x', name: 'x', words: ['design'], effect: 5 }] });
    expect(l).toEqual(before);
  });
});
