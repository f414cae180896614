// Schema v5: the skill aggregates (lib/db/skill-weeks.ts), backfilled from the stored listings
// so the pivot plan covers the user's whole history the moment they update.
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { skillWeekDeltas, type SkillWeek } from '../fit/skill-aggregate';
import { LOCAL_ORIGIN } from '../trends/aggregate';
import { readRecord } from './listing-record';
import type { GigLensDB, StoredListing } from './schema';
import { applySkillDeltas } from './skill-weeks';

type UpgradeTx = IDBPTransaction<GigLensDB, ArrayLike<StoreNames<GigLensDB>>, 'versionchange'>;

/** `after`: the v4 rewrite when it runs in the same upgrade; the backfill reads its records. */
export function upgradeToV5(db: IDBPDatabase<GigLensDB>, tx: UpgradeTx, after: Promise<void>): void {
  db.createObjectStore('skillWeeks', { keyPath: ['origin', 'categoryId', 'week'] });
  // A failed request aborts the upgrade by itself and the open call reports it.
  after.then(() => backfill(tx)).catch((error: unknown) => console.error('GigLens upgrade to v5 failed', error));
}

async function backfill(tx: UpgradeTx): Promise<void> {
  const deltas = new Map<string, SkillWeek>();
  let unreadable = 0;
  let cursor = await tx.objectStore('listings').openCursor();
  while (cursor) {
    try {
      const listing: StoredListing = readRecord(cursor.value);
      skillWeekDeltas([{ before: undefined, after: listing }], LOCAL_ORIGIN, deltas);
    } catch {
      // A record that cannot be read stays stored, only uncounted in the plan.
      unreadable++;
    }
    cursor = await cursor.continue();
  }
  if (unreadable) console.warn(`GigLens upgrade: ${unreadable} stored listings could not be counted in the plan`);
  await applySkillDeltas(tx.objectStore('skillWeeks'), deltas.values());
}
