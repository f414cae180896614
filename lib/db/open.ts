// Opens the `giglens` database: one wrapper, cumulative upgrades, and a `blocking` handler
// so an older tab never holds up a newer schema.
import { openDB } from 'idb';
import { DB_NAME, DB_VERSION, type GigLensDatabase, type GigLensDB } from './schema';
import { upgradeToV2 } from './upgrade-v2';
import { upgradeToV3 } from './upgrade-v3';
import { upgradeToV4 } from './upgrade-v4';
import { upgradeToV5 } from './upgrade-v5';

export type { GigLensDatabase } from './schema';

let opening: Promise<GigLensDatabase> | null = null;

export function openDatabase(version = DB_VERSION): Promise<GigLensDatabase> {
  return openDB<GigLensDB>(DB_NAME, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      // Each step runs once, in order; `openDatabase(1)` (tests) stops at the version asked.
      const step = (v: number) => oldVersion < v && v <= (newVersion ?? v);
      if (step(1)) {
        // v1's indexes on v1's field names; v4 moves them (lib/db/upgrade-v4.ts).
        const listings = db.createObjectStore('listings', { keyPath: ['platform', 'id'] });
        const v1 = listings as unknown as IDBObjectStore;
        v1.createIndex('by-lastSeen', 'lastSeenAt');
        v1.createIndex('by-firstSeen', 'firstSeenAt');
        v1.createIndex('by-category', 'categoryId');
        v1.createIndex('by-platform-lastSeen', ['platform', 'lastSeenAt']);
        v1.createIndex('by-saved', 'savedAt');
        db.createObjectStore('pageHealth', { keyPath: ['platform', 'kind'] });
        db.createObjectStore('batches', { keyPath: 'batchId' }).createIndex('by-at', 'at');
      }
      const backfilled = step(2) ? upgradeToV2(db, tx) : Promise.resolve();
      if (step(3)) upgradeToV3(db);
      const rewritten = step(4) ? upgradeToV4(tx, backfilled) : backfilled;
      if (step(5)) upgradeToV5(db, tx, rewritten);
    },
    blocking(_current, _blocked, event) {
      // A newer version wants to upgrade: close the connection it is waiting on (this one,
      // whether or not it is the shared one) and reopen on next use.
      (event.target as IDBDatabase).close();
      if (opening) void opening.then((db) => db.close()).catch(() => undefined);
      opening = null;
    },
    terminated() {
      opening = null;
    },
  });
}

/** The shared connection of this extension context. */
export function database(): Promise<GigLensDatabase> {
  opening ??= openDatabase().catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

/** Tests: forget the cached connection (after replacing indexedDB). */
export function resetDatabaseConnection(): void {
  void opening?.then((db) => db.close()).catch(() => undefined);
  opening = null;
}
