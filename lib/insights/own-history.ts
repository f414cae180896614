// Reads of the user's own history (database `giglens`) that the popup and dashboard need
// beyond lib/db's queries. Read-only: the background is the only writer.
import { database, type GigLensDatabase } from '../db/open';
import { allPageHealth } from '../db/page-health';
import { countsByPlatform, savedListings } from '../db/listings';
import { storageNotices, type StorageNotices } from '../db/meta';
import type { PageHealthRecord, StoredListing } from '../db/schema';
import type { Platform } from '../model/listing';
import { WEEK, weekStart } from './time';

/** Listings last seen on or after `since`, through the lastSeen index (not a full scan). */
export async function listingsSeenSince(db: GigLensDatabase, since: number): Promise<StoredListing[]> {
  return db.getAllFromIndex('listings', 'by-lastSeen', IDBKeyRange.lowerBound(since));
}

export async function allListings(db: GigLensDatabase): Promise<StoredListing[]> {
  return db.getAll('listings');
}

export interface PopupData {
  /** Everything seen in the sparkline weeks (this week and the ones before). */
  recent: StoredListing[];
  saved: StoredListing[];
  health: PageHealthRecord[];
  counts: Record<Platform, number>;
  storage: StorageNotices;
}

export async function loadPopupData(now: number, weeks = 8): Promise<PopupData> {
  const db = await database();
  const since = weekStart(now) - (weeks - 1) * WEEK;
  const [recent, saved, health, counts, storage] = await Promise.all([
    listingsSeenSince(db, since),
    savedListings(db),
    allPageHealth(db),
    countsByPlatform(db),
    storageNotices(db),
  ]);
  return { recent, saved, health, counts, storage };
}
