// Reads of the user's own history (database `giglens`) that the popup and dashboard need
// beyond lib/db's queries. Read-only: the background is the only writer.
import { database, type GigLensDatabase } from '../db/open';
import { allPageHealth } from '../db/page-health';
import { countsByPlatform, listingsLastSeen, savedListings } from '../db/listing-reads';
import { storageNotices, type StorageNotices } from '../db/meta';
import type { PageHealthRecord, StoredListing } from '../db/schema';
import type { Platform } from '../model/listing';
import { lastWeeks, type Period, type Week } from './time';
import { loadWeeklyAggregates, type WeeklyAggregates } from './weekly-figures';

/** Listings last seen within a period, through the lastSeen index (not a full scan). */
export async function listingsSeenIn(db: GigLensDatabase, period: Period): Promise<StoredListing[]> {
  return listingsLastSeen(db, period.start, period.end);
}

export { allListings } from '../db/listing-reads';

export interface PopupData {
  /** The sparkline weeks, oldest first; the last is this week. */
  weeks: Week[];
  /** Listings last seen this week: what "this week" counts and the best-bet candidates. */
  thisWeek: StoredListing[];
  /** The sparkline weeks' aggregates: what the weekly history and the pay peers come from. */
  weekly: WeeklyAggregates;
  saved: StoredListing[];
  health: PageHealthRecord[];
  counts: Record<Platform, number>;
  storage: StorageNotices;
}

/** Costs this week's listings, the saved ones and O(weeks × scopes) aggregate records: the
 *  number of listings stored over the months does not change it. */
export async function loadPopupData(now: number, sparkWeeks = 8): Promise<PopupData> {
  const db = await database();
  const weeks = lastWeeks(now, sparkWeeks);
  const [thisWeek, weekly, saved, health, counts, storage] = await Promise.all([
    listingsSeenIn(db, weeks[weeks.length - 1]!),
    loadWeeklyAggregates(db, weeks),
    savedListings(db),
    allPageHealth(db),
    countsByPlatform(db),
    storageNotices(db),
  ]);
  return { weeks, thisWeek, weekly, saved, health, counts, storage };
}
