// Schema v3: the `outcomes` store (lib/db/outcomes.ts). Nothing to backfill: outcomes start
// with the user's first mark.
import type { IDBPDatabase } from 'idb';
import type { GigLensDB } from './schema';

export function upgradeToV3(db: IDBPDatabase<GigLensDB>): void {
  const outcomes = db.createObjectStore('outcomes', { keyPath: ['platform', 'id'] });
  outcomes.createIndex('by-applied', 'appliedAt');
  outcomes.createIndex('by-category', 'categoryId');
}
