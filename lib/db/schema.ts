// The one IndexedDB schema of GigLens (database `giglens`). Every version bump adds a
// cumulative step in lib/db/open.ts and a migration test from a stored example.
import type { DBSchema, IDBPDatabase } from 'idb';
import type { Label } from '../model/label';
import type { Listing, Platform } from '../model/listing';
import type { PageStatus, ParseHealth } from '../model/page';
import type { WeekAggregate } from '../trends/aggregate';
import type { MetaRecord } from './meta-records';
import type { OutcomeRecord } from '../connects/outcome';
import type { SkillWeek } from '../fit/skill-aggregate';

export const DB_NAME = 'giglens';
export const DB_VERSION = 5;

/** A listing as lib/db's reads hand it out: the contract fields, its label and when the user
 *  saw it (epoch ms). Stored since v4 as a compact ListingRecord (lib/db/listing-record.ts). */
export type StoredListing = Listing & {
  label: Label | null;
  /** label.category.id, for readers (v1–v3 indexed it; v4 no longer stores it). */
  categoryId: string | null;
  firstSeenAt: number;
  lastSeenAt: number;
  seenCount: number;
  /** When the user starred it; absent (not indexed) when not saved. */
  savedAt?: number;
  /** The user's filters faded or folded it when last seen; absent when shown as is. */
  filtered?: 'fade' | 'fold';
};

/** A listing as the `listings` store keeps it since v4; lib/db/listing-record.ts writes and
 *  reads it. Short names, no nulls, the label coded, the listing's fields deflated. */
export interface ListingRecord {
  /** Key path [platform, id], as in v1–v3. */
  platform: Platform;
  id: string;
  /** lastSeenAt (indexed: by-lastSeen, by-platform-lastSeen). */
  l: number;
  /** firstSeenAt, when not `l`. */
  f?: number;
  /** seenCount, when more than 1. */
  n?: number;
  /** savedAt (indexed: by-saved); absent when not saved. */
  s?: number;
  /** Filtered when last seen: 1 faded, 2 folded; absent when shown as is. */
  x?: 1 | 2;
  /** deflate of the JSON of the listing's other fields (nulls and empty lists left out) and of
   *  its label, coded (lib/db/label-code.ts). */
  z: Uint8Array;
}

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
    /** v4: compact records; v1–v3 stored StoredListing itself (lib/db/upgrade-v4.ts). */
    value: ListingRecord;
    indexes: {
      'by-lastSeen': number;
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
  /** v5: skill counts per origin, category and week (lib/fit/skill-aggregate.ts), written with
   *  the listings like `aggregates` and kept forever: the pivot plan reads these, not listings. */
  skillWeeks: {
    key: [string, string, number];
    value: SkillWeek;
  };
}

/** An open connection (lib/db/open.ts opens it); declared here so the stores' modules, which
 *  open.ts imports for the upgrades, need not import open.ts back. */
export type GigLensDatabase = IDBPDatabase<GigLensDB>;
