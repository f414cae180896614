// The one IndexedDB schema of GigLens (database `giglens`). Every version bump adds a
// cumulative step in lib/db/open.ts and a migration test from a stored example.
import type { DBSchema, IDBPDatabase } from 'idb';
import type { Label } from '../model/label';
import type { Listing, Platform } from '../model/listing';
import type { PageStatus, ParseHealth } from '../model/page';
import type { WeekAggregate } from '../trends/aggregate';
import type { MetaRecord } from './meta-records';
import type { OutcomeRecord } from '../connects/outcome';

export const DB_NAME = 'giglens';
export const DB_VERSION = 3;

/** A listing as kept: the contract fields, its label and when the user saw it (epoch ms). */
export type StoredListing = Listing & {
  label: Label | null;
  /** Denormalised from label.category.id so the category index stays a plain key path. */
  categoryId: string | null;
  firstSeenAt: number;
  lastSeenAt: number;
  seenCount: number;
  /** When the user starred it; absent (not indexed) when not saved. */
  savedAt?: number;
};

export type ListingKey = [Platform, string];

/** The latest parse outcome per site and page kind, for "Upwork layout changed: 3 of 20 read". */
export interface PageHealthRecord {
  platform: Platform;
  kind: string;
  status: PageStatus;
  health: ParseHealth;
  url: string;
  at: number;
}

export interface GigLensDB extends DBSchema {
  listings: {
    key: ListingKey;
    value: StoredListing;
    indexes: {
      'by-lastSeen': number;
      'by-firstSeen': number;
      'by-category': string;
      'by-platform-lastSeen': [Platform, number];
      'by-saved': number;
    };
  };
  pageHealth: {
    key: [Platform, string];
    value: PageHealthRecord;
  };
  /** Batch ids already stored, so a batch resent after a service-worker restart counts once. */
  batches: {
    key: string;
    value: { batchId: string; at: number };
    indexes: { 'by-at': number };
  };
  /** v2: weekly counts and pay histograms per origin, scope and week (lib/trends/aggregate.ts);
   *  kept forever, also after the raw listings behind them are pruned. */
  aggregates: {
    key: [string, string, number];
    value: WeekAggregate;
    indexes: { 'by-scope-week': [string, number] };
  };
  /** v2: small named records: this database's origin id, the listing count, notices. */
  meta: {
    key: MetaRecord['key'];
    value: MetaRecord;
  };
  /** v3: what the user marked on jobs they applied to (lib/db/outcomes.ts), kept forever:
   *  the Connects ledger and the user's own hire rates are built from it. */
  outcomes: {
    key: ListingKey;
    value: OutcomeRecord;
    indexes: { 'by-applied': number; 'by-category': string };
  };
}

/** An open connection (lib/db/open.ts opens it); declared here so the stores' modules, which
 *  open.ts imports for the upgrades, need not import open.ts back. */
export type GigLensDatabase = IDBPDatabase<GigLensDB>;
