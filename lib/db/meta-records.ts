// The small named records of the `meta` store (schema v2).

/** Pruning of raw listings beyond the retention cap, for the popup's notice. */
export interface RetentionNotice {
  key: 'retention';
  cap: number;
  prunedTotal: number;
  lastPrunedAt: number;
  lastPrunedCount: number;
}

/** The last time a write failed because the disk was full. */
export interface StorageFullNotice {
  key: 'storageFull';
  at: number;
  /** Listings in the batch that could not be stored. */
  lost: number;
}

export type MetaRecord =
  /** A random id of this database, so an export imported back into it is recognised. */
  | { key: 'origin'; id: string }
  /** Listings stored, kept in step by every writer so retention need not count the store. */
  | { key: 'listingCount'; count: number }
  /** The same per platform, so the popup's counts cost one read at any history size. */
  | { key: 'platformCounts'; upwork: number; fiverr: number }
  | RetentionNotice
  | StorageFullNotice;
