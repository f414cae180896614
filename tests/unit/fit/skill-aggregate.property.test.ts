// The skill aggregates against brute force: after a random history of batches (new listings,
// listings seen again with other skills or another category, unchanged re-views), the records
// built from deltas equal a recomputation from the listings' final states, and the average
// fit read from them equals the mean of every listing's own fit.
import { describe, expect, it } from 'vitest';
import { reachOf, totalsByCategory, MIN_PLAN_LISTINGS } from '@/lib/fit/category-reach';
import { compileProfile, fitOf } from '@/lib/fit/fit';
import { knownName, normaliseSkill } from '@/lib/fit/normalise-skill';
import { FIT_UNIT, skillWeekDeltas, withDelta, type SkillListing, type SkillWeek } from '@/lib/fit/skill-aggregate';
import { weekOf } from '@/lib/trends/weeks';
import { seededRng, type Rng } from '../faults/rng';
import { savedPageItems } from '../db/saved-page-listings';

const ORIGIN = 'local';
const CATEGORIES = ['translation', 'ai-development', 'scripts-automation', null] as const;
// Spellings of a few skills (they must merge), unknown skills (they keep a name), and many
// skills so a listing can pass the cap of 20.
const VOCABULARY = [
  'JS', 'JavaScript', 'javascript', 'Node', 'Node.js', 'n8n', 'N8N', 'Zapier', 'Make integromat', 'Make.com',
  'OpenAI', 'ChatGPT API', 'Translation', 'Document Translation', 'Subtitles', 'Caption', 'Python', 'python 3',
  'Glorp Tuning', 'glorp-tuning', 'Widget Whittling', ...Array.from({ length: 20 }, (_, n) => `Skill ${n}`),
];
const WEEK = 7 * 86_400_000;
const T0 = Date.parse('2026-06-01T00:00:00Z');

function randomSkills(rng: Rng): string[] {
  const n = rng.chance(0.15) ? 0 : rng.chance(0.1) ? 21 + rng.int(5) : 1 + rng.int(8);
  return Array.from({ length: n }, () => rng.pick(VOCABULARY));
}

/** The records recomputed from scratch, without the delta code. */
function bruteForce(listings: Iterable<SkillListing>): Map<string, SkillWeek> {
  const out = new Map<string, SkillWeek>();
  for (const l of listings) {
    if (!l.categoryId) continue;
    const week = weekOf(l.firstSeenAt);
    const id = `${l.categoryId}|${week}`;
    const rec = out.get(id) ?? { origin: ORIGIN, categoryId: l.categoryId, week, seen: 0, withSkills: 0, skills: {}, names: {} };
    out.set(id, rec);
    rec.seen += 1;
    const keys = [...new Set(l.skills.map((s) => normaliseSkill(s)!.key))].slice(0, 20);
    if (keys.length === 0) continue;
    rec.withSkills += 1;
    for (const key of keys) {
      const [n, u] = rec.skills[key] ?? [0, 0];
      rec.skills[key] = [n + 1, u + FIT_UNIT / keys.length];
    }
  }
  return out;
}

/** Names are display hints: any spelling of the key, present for every key the table lacks. */
function checkNames(rec: SkillWeek): void {
  for (const [key, name] of Object.entries(rec.names)) {
    expect(rec.skills[key], key).toBeDefined();
    expect(normaliseSkill(name)!.key).toBe(key);
  }
  for (const key of Object.keys(rec.skills)) if (knownName(key) === null) expect(rec.names[key], key).toBeDefined();
}

function simulate(seed: number) {
  const rng = seededRng(seed);
  const current = new Map<string, SkillListing>();
  const store = new Map<string, SkillWeek>();
  for (let batch = 0; batch < 60; batch++) {
    const changes: { before: SkillListing | undefined; after: SkillListing }[] = [];
    const touched = new Set<string>();
    for (let n = 1 + rng.int(8); n > 0; n--) {
      const old = current.size > 0 && rng.chance(0.4) ? rng.pick([...current.keys()]) : null;
      const id = old ?? `l${current.size}-${batch}-${n}`;
      if (touched.has(id)) continue; // a batch stores one view of a listing
      touched.add(id);
      const before = current.get(id);
      const after: SkillListing = before && rng.chance(0.3)
        ? before // seen again, unchanged
        : {
            categoryId: before && rng.chance(0.5) ? before.categoryId : rng.pick(CATEGORIES),
            skills: randomSkills(rng),
            firstSeenAt: before?.firstSeenAt ?? T0 + rng.int(5) * WEEK + rng.int(WEEK),
          };
      current.set(id, after);
      changes.push({ before, after });
    }
    for (const delta of skillWeekDeltas(changes, ORIGIN).values()) {
      const key = `${delta.categoryId}|${delta.week}`;
      const next = withDelta(store.get(key), delta);
      if (next) store.set(key, next);
      else store.delete(key);
    }
  }
  return { current, store };
}

describe('skill aggregates', () => {
  it.each([1, 2, 3, 17, 2026, 92_026])('equal a brute-force recomputation over a random history (seed %d)', (seed) => {
    const { current, store } = simulate(seed);
    const brute = bruteForce(current.values());
    expect([...store.keys()].sort()).toEqual([...brute.keys()].sort());
    for (const [key, rec] of store) {
      const { names: _, ...counts } = rec;
      const { names: __, ...expected } = brute.get(key)!;
      expect(counts, key).toEqual(expected);
      checkNames(rec);
    }
  });

  it.each([5, 6, 7])('give the mean of every listing’s own fit (seed %d)', (seed) => {
    const { current, store } = simulate(seed);
    const profile = compileProfile({ skills: ['javascript', 'N8N', 'Make.com', 'Translation', 'Glorp tuning', 'Skill 3'] });
    const totals = totalsByCategory(store.values());
    let checked = 0;
    for (const [categoryId, t] of totals) {
      const fits = [...current.values()]
        .filter((l) => l.categoryId === categoryId && l.skills.length > 0)
        // The aggregates weigh a listing's first 20 distinct skills, as the weekly skill scopes.
        .map((l) => fitOf([...new Map(l.skills.map((s) => [normaliseSkill(s)!.key, s])).values()].slice(0, 20), profile)!.share);
      expect(t.withSkills).toBe(fits.length);
      const reach = reachOf(t, profile);
      if (fits.length < MIN_PLAN_LISTINGS) {
        expect(reach.status).toBe('too-few');
        continue;
      }
      if (reach.status !== 'ok') throw new Error(`${categoryId}: ${fits.length} listings read as too few`);
      expect(reach.fit).toBeCloseTo(fits.reduce((a, b) => a + b, 0) / fits.length, 12);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('equal brute force on the real saved pages, stored in one batch or one by one', () => {
    const listings: SkillListing[] = savedPageItems().map(({ listing, label }, n) => ({
      categoryId: label.category?.id ?? null,
      skills: listing.skills,
      firstSeenAt: T0 + (n % 3) * WEEK,
    }));
    const oneBatch = [...skillWeekDeltas(listings.map((after) => ({ before: undefined, after })), ORIGIN).values()];
    const oneByOne = new Map<string, SkillWeek>();
    for (const after of listings) {
      for (const delta of skillWeekDeltas([{ before: undefined, after }], ORIGIN).values()) {
        const key = `${delta.categoryId}|${delta.week}`;
        oneByOne.set(key, withDelta(oneByOne.get(key), delta)!);
      }
    }
    const brute = bruteForce(listings);
    const strip = ({ names: _, ...counts }: SkillWeek) => counts;
    expect(oneBatch.map(strip).sort((a, b) => `${a.categoryId}|${a.week}`.localeCompare(`${b.categoryId}|${b.week}`))).toEqual(
      [...brute.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, r]) => strip(r)),
    );
    for (const [key, rec] of oneByOne) expect(strip(rec), key).toEqual(strip(brute.get(key)!));
    expect(oneBatch.reduce((sum, r) => sum + r.withSkills, 0)).toBe(listings.filter((l) => l.categoryId && l.skills.length).length);
  });

  it('deletes a record that drops to nothing', () => {
    const l: SkillListing = { categoryId: 'translation', skills: ['Translation'], firstSeenAt: T0 };
    const [added] = skillWeekDeltas([{ before: undefined, after: l }], ORIGIN).values();
    const stored = withDelta(undefined, added!)!;
    const [moved] = [...skillWeekDeltas([{ before: l, after: { ...l, categoryId: 'ai-development' } }], ORIGIN).values()].filter((d) => d.categoryId === 'translation');
    expect(withDelta(stored, moved!)).toBeNull();
    expect(stored.skills).toEqual({ translation: [1, FIT_UNIT] }); // the stored record is not mutated
  });
});
