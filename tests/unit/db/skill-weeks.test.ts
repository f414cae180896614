// The v5 skill aggregates: written with the listings in upsertBatch (views again, relabels that
// move a listing to another category, imports) and backfilled by the upgrade from v4, they
// always equal a brute-force count over the stored listings; the plan read from them equals
// the plan over that count, and a coach's plan over the same rows agrees.
import { describe, expect, test } from 'vitest';
import { applyListingChanges } from '@/lib/db/aggregates';
import { allListings } from '@/lib/db/listing-reads';
import { toRecord } from '@/lib/db/listing-pack';
import { toStored, upsertBatch } from '@/lib/db/listings';
import { openDatabase, type GigLensDatabase } from '@/lib/db/open';
import { skillWeeksOf } from '@/lib/db/skill-weeks';
import { pivotPlan } from '@/lib/fit/pivot-plan';
import { skillWeekDeltas, type SkillWeek } from '@/lib/fit/skill-aggregate';
import { datasetPlan, ownPlan } from '@/lib/insights/pivot-source';
import type { Label } from '@/lib/model/label';
import { savedPageItems } from './saved-page-listings';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 20, 12);

const sorted = (records: SkillWeek[]) =>
  [...records].map((r) => ({ ...r, origin: 'x' })).sort((a, b) => a.categoryId.localeCompare(b.categoryId) || a.week - b.week);

async function bruteForce(db: GigLensDatabase): Promise<SkillWeek[]> {
  const all = await allListings(db);
  return [...skillWeekDeltas(all.map((after) => ({ before: undefined, after })), 'local').values()];
}

/** The same label in another category: what a relabel after the user's rule change stores. */
function moved(label: Label, to: Label): Label {
  return { ...label, category: to.category };
}

const profile = { skills: ['JavaScript', 'react', 'Shopify', 'SEO', 'wordpress'], categories: ['websites-cms', 'scripts-automation', 'translation', 'copywriting'], rate: null };

describe('skill aggregates (schema v5)', () => {
  test('upsertBatch keeps them equal to a recount: new, seen again, relabelled, in one batch twice', async () => {
    // The saved pages twice over (the second time as other listings, a week later), so the
    // larger categories pass the plan's threshold of 20 listings with skills.
    const pages = savedPageItems();
    const items = [...pages, ...pages.map((i) => ({ ...i, listing: { ...i.listing, id: `${i.listing.id}-2` } }))];
    expect(pages.filter((i) => i.listing.skills.length > 0).length).toBeGreaterThan(80);
    const db = await openDatabase();
    for (let n = 0; n < items.length; n += 25) {
      await upsertBatch(db, `b${n}`, items.slice(n, n + 25), NOW - (n % 70) * DAY);
    }
    expect(sorted(await skillWeeksOf(db))).toEqual(sorted(await bruteForce(db)));
    // Seen again; every third relabelled into the category of another listing; one twice.
    const other = items.find((i) => i.label.category?.id === 'translation')!.label;
    const again = items.filter((_, n) => n % 4 === 0).map((i, n) => (n % 3 === 0 ? { ...i, label: moved(i.label, other) } : i));
    await upsertBatch(db, 'again', [...again, again[0]!], NOW);
    const records = await skillWeeksOf(db);
    expect(sorted(records)).toEqual(sorted(await bruteForce(db)));
    // A resent batch changes nothing.
    await upsertBatch(db, 'again', again, NOW + DAY);
    expect(sorted(await skillWeeksOf(db))).toEqual(sorted(records));

    // The plan from the stored records is the plan from the recount, and a coach's plan over the
    // same rows (other origin, counted on the spot) shows the same reach.
    const plan = await ownPlan(db, profile, NOW);
    const recount = pivotPlan({ profile, records: await bruteForce(db) });
    expect(plan.targets.map((t) => [t.categoryId, t.reach])).toEqual(recount.targets.map((t) => [t.categoryId, t.reach]));
    expect(plan.mine.map((t) => [t.categoryId, t.reach])).toEqual(recount.mine.map((t) => [t.categoryId, t.reach]));
    const coach = datasetPlan(await allListings(db), profile, NOW);
    expect(coach.mine.map((t) => t.reach)).toEqual(plan.mine.map((t) => t.reach));
    expect(coach.targets.map((t) => t.reach)).toEqual(plan.targets.map((t) => t.reach));
    expect(plan.mine.some((c) => c.reach.status === 'ok')).toBe(true);
    db.close();
  });

  test('the upgrade from v4 backfills them from the stored listings, and writes go on from there', async () => {
    const items = savedPageItems();
    const stored = items.map((item, n) => toStored(item, undefined, NOW - (n % 56) * DAY));
    const v4 = await openDatabase(4);
    const tx = v4.transaction(['listings', 'aggregates'], 'readwrite');
    await Promise.all([
      ...stored.map((s) => tx.objectStore('listings').put(toRecord(s))),
      applyListingChanges(tx.objectStore('aggregates'), stored.map((after) => ({ before: undefined, after }))),
    ]);
    await tx.done;
    v4.close();

    const db = await openDatabase();
    expect(db.version).toBe(5);
    const backfilled = await skillWeeksOf(db);
    expect(backfilled.length).toBeGreaterThan(10);
    expect(sorted(backfilled)).toEqual(sorted(await bruteForce(db)));
    await upsertBatch(db, 'after', items.slice(0, 30), NOW + DAY);
    expect(sorted(await skillWeeksOf(db))).toEqual(sorted(await bruteForce(db)));
    db.close();
  });

  test('an empty history: every category says too few, no target is ranked on guesses', async () => {
    const db = await openDatabase();
    const plan = await ownPlan(db, profile, NOW);
    expect(plan.mine.map((c) => c.reach.status)).toEqual(['too-few', 'too-few', 'too-few', 'too-few']);
    expect(plan.targets.every((t) => t.reach.status === 'too-few' && t.reach.listings === 0)).toBe(true);
    expect(plan.targets.length).toBeGreaterThan(0);
    db.close();
  });
});
