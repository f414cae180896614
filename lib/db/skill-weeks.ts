// Writes and reads of the skill aggregates (schema v5). Writers call `applySkillChanges`
// inside the transaction that stores the listings, so both commit or neither does.
import { LOCAL_ORIGIN } from '../trends/aggregate';
import { skillWeekDeltas, withDelta, isEmptySkillWeek, type SkillWeek } from '../fit/skill-aggregate';
import type { ListingChange } from './aggregates';
import type { GigLensDatabase } from './schema';
import type { WritableStore } from './transaction';

/** Adds deltas to the stored records of their origin; a record that drops to nothing goes. */
export async function applySkillDeltas(store: WritableStore<'skillWeeks'>, deltas: Iterable<SkillWeek>): Promise<void> {
  const changed = [...deltas].filter((d) => !isEmptySkillWeek(d));
  const olds = await Promise.all(changed.map((d) => store.get([d.origin, d.categoryId, d.week])));
  await Promise.all(
    changed.map((delta, n) => {
      const next = withDelta(olds[n], delta);
      return next ? store.put(next) : store.delete([delta.origin, delta.categoryId, delta.week]);
    }),
  );
}

export function applySkillChanges(
  store: WritableStore<'skillWeeks'>,
  changes: readonly ListingChange[],
  origin = LOCAL_ORIGIN,
): Promise<void> {
  return applySkillDeltas(store, skillWeekDeltas(changes, origin).values());
}

/** One origin's records, every category and week: O(categories × weeks), whatever the number
 *  of listings behind them. */
export function skillWeeksOf(db: GigLensDatabase, origin = LOCAL_ORIGIN): Promise<SkillWeek[]> {
  return db.getAll('skillWeeks', IDBKeyRange.bound([origin], [origin, []]));
}
