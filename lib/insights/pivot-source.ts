// Where the pivot plan's inputs come from: the user's own history (the v5 skill aggregates and
// the weekly pay aggregates, a few records per category whatever the number of listings), or
// an imported class dataset with a profile a coach types in (its rows, counted on the spot).
// The plan itself is pure (lib/fit/pivot-plan.ts) and the same for both.
import { aggregateDeltas, scopeWeeks } from '../db/aggregates';
import { allListings } from '../db/listing-reads';
import { database, type GigLensDatabase } from '../db/open';
import { allOutcomes } from '../db/outcomes';
import type { StoredListing } from '../db/schema';
import { skillWeeksOf } from '../db/skill-weeks';
import { pivotPlan, type PivotPlan } from '../fit/pivot-plan';
import type { Profile } from '../fit/profile-schema';
import { skillWeekDeltas } from '../fit/skill-aggregate';
import { startingProfile, type StartingProfile } from '../fit/starting-profile';
import type { WeekAggregate } from '../trends/aggregate';
import { categoryTrend, type CategoryTrend } from '../trends/category-trend';
import { categoryScope } from '../trends/contribution';
import { trendWindows } from '../trends/weeks';

/** Every category the plan shows: the profile's and where their demand moves. */
const planCategories = (plan: PivotPlan): string[] => [
  ...new Set([...plan.mine.map((c) => c.categoryId), ...plan.targets.map((c) => c.categoryId)]),
];

function withTrends(
  profile: Profile,
  records: Parameters<typeof pivotPlan>[0]['records'],
  trendOf: (categoryId: string) => CategoryTrend | null,
  ids: string[],
): PivotPlan {
  const localTrends = new Map<string, CategoryTrend>();
  for (const id of ids) {
    const trend = trendOf(id);
    if (trend) localTrends.set(id, trend);
  }
  return pivotPlan({ profile, records, localTrends });
}

/** The currency the user's rate is in, else USD (most of both sites' pay). */
const currencyOf = (profile: Profile): string => profile.rate?.currency ?? 'USD';

export async function ownPlan(db: GigLensDatabase, profile: Profile, now = Date.now()): Promise<PivotPlan> {
  const records = await skillWeeksOf(db);
  const ids = planCategories(pivotPlan({ profile, records }));
  const w = trendWindows(now);
  const pay = await scopeWeeks(db, ids.map(categoryScope), w.beforeFrom, w.nowTo);
  return withTrends(profile, records, (id) => categoryTrend(pay.get(categoryScope(id)) ?? [], now, currencyOf(profile)), ids);
}

/** The plan over the user's own history, from this context's connection. */
export async function loadOwnPlan(profile: Profile, now = Date.now()): Promise<PivotPlan> {
  return ownPlan(await database(), profile, now);
}

/** A coach's plan: an imported dataset's rows (counted as if first seen when they were) and a
 *  profile typed in. Its trends end at the dataset's last listing unless `now` says otherwise:
 *  a class's export from last spring still has a trend of its own. */
export function datasetPlan(rows: Iterable<StoredListing>, profile: Profile, now?: number): PivotPlan {
  const list = [...rows];
  const end = now ?? list.reduce((last, l) => Math.max(last, l.firstSeenAt), 0);
  const changes = list.map((after) => ({ before: undefined, after }));
  const records = [...skillWeekDeltas(changes, 'dataset').values()];
  const pay = new Map<string, WeekAggregate[]>();
  for (const rec of aggregateDeltas(changes).values()) {
    const scoped = pay.get(rec.scope);
    if (scoped) scoped.push(rec);
    else pay.set(rec.scope, [rec]);
  }
  const ids = planCategories(pivotPlan({ profile, records }));
  return withTrends(profile, records, (id) => categoryTrend(pay.get(categoryScope(id)) ?? [], end, currencyOf(profile)), ids);
}

/** A starting profile from the user's history: every stored listing and every application
 *  they marked (an outcome outlives its pruned listing). */
export async function loadStartingProfile(): Promise<StartingProfile> {
  const db = await database();
  const [listings, outcomes] = await Promise.all([allListings(db), allOutcomes(db)]);
  return startingProfile(listings, outcomes);
}
