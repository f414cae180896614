// Writes and reads of the weekly aggregates (schema v2). Writers call `applyListingChanges`
// inside the transaction that stores the listings, so both commit or neither does.
import type { GigLensDatabase, StoredListing } from './schema';
import type { WritableStore } from './transaction';
import {
  LOCAL_ORIGIN,
  addAggregate,
  addContribution,
  emptyAggregate,
  isEmptyAggregate,
  type WeekAggregate,
} from '../trends/aggregate';
import { contributionOf, sameContribution, type Contribution } from '../trends/contribution';

export interface ListingChange {
  before: StoredListing | undefined;
  after: StoredListing | undefined;
}

type Deltas = Map<string, WeekAggregate>;

function addTo(deltas: Deltas, c: Contribution, sign: 1 | -1): void {
  for (const scope of c.scopes) {
    const key = `${scope}\u0000${c.week}`;
    let delta = deltas.get(key);
    if (!delta) deltas.set(key, (delta = emptyAggregate(LOCAL_ORIGIN, scope, c.week)));
    addContribution(delta, c, sign);
  }
}

/** The net change per scope and week: a listing's old contribution out, its new one in. */
export function aggregateDeltas(changes: Iterable<ListingChange>, deltas: Deltas = new Map()): Deltas {
  for (const { before, after } of changes) {
    const out = before && contributionOf(before);
    const into = after && contributionOf(after);
    if (out && into && sameContribution(out, into)) continue;
    if (out) addTo(deltas, out, -1);
    if (into) addTo(deltas, into, 1);
  }
  return deltas;
}

/** Adds deltas to the stored records of one origin; a record that drops to nothing goes. */
export async function applyDeltas(
  store: WritableStore<'aggregates'>,
  deltas: Iterable<WeekAggregate>,
  origin = LOCAL_ORIGIN,
): Promise<void> {
  const changed = [...deltas].filter((d) => !isEmptyAggregate(d));
  const olds = await Promise.all(changed.map((d) => store.get([origin, d.scope, d.week])));
  await Promise.all(
    changed.map((delta, n) => {
      const rec = olds[n] ?? emptyAggregate(origin, delta.scope, delta.week);
      addAggregate(rec, delta, 1);
      return isEmptyAggregate(rec) ? store.delete([origin, delta.scope, delta.week]) : store.put(rec);
    }),
  );
}

export async function applyListingChanges(
  store: WritableStore<'aggregates'>,
  changes: ListingChange[],
): Promise<void> {
  await applyDeltas(store, aggregateDeltas(changes).values());
}

/** Every origin's records of some scopes between two weeks (inclusive), in one transaction:
 *  O(scopes × weeks × origins) records, whatever the number of listings. */
export async function scopeWeeks(
  db: GigLensDatabase,
  scopes: string[],
  fromWeek: number,
  toWeek: number,
): Promise<Map<string, WeekAggregate[]>> {
  const index = db.transaction('aggregates').store.index('by-scope-week');
  const found = await Promise.all(
    scopes.map((s) => index.getAll(IDBKeyRange.bound([s, fromWeek], [s, toWeek]))),
  );
  return new Map(scopes.map((s, n) => [s, found[n] ?? []]));
}

export const allAggregates = (db: GigLensDatabase): Promise<WeekAggregate[]> => db.getAll('aggregates');
