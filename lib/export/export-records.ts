// Stored records ↔ export records: epoch ms become ISO times, week numbers Monday dates, the
// database's own `local` origin its origin id. Both directions are exact, so a round trip is
// lossless.
import type { StoredListing } from '../db/schema';
import { ListingSchema } from '../model/listing';
import { LOCAL_ORIGIN, type WeekAggregate } from '../trends/aggregate';
import { weekFromDate, weekStartDate } from '../trends/weeks';
import type { ExportAggregate, ExportListing } from './export-schema';

const CONTRACT_FIELDS = Object.keys(ListingSchema.shape) as (keyof typeof ListingSchema.shape)[];
const iso = (ms: number) => new Date(ms).toISOString();

export function toExportListing(s: StoredListing): ExportListing {
  const out: Record<string, unknown> = {};
  for (const field of CONTRACT_FIELDS) out[field] = s[field];
  out['label'] = s.label;
  out['firstSeenAt'] = iso(s.firstSeenAt);
  out['lastSeenAt'] = iso(s.lastSeenAt);
  out['seenCount'] = s.seenCount;
  if (s.savedAt !== undefined) out['savedAt'] = iso(s.savedAt);
  return out as ExportListing;
}

export function fromExportListing(e: ExportListing): StoredListing {
  const { label, firstSeenAt, lastSeenAt, seenCount, savedAt, ...listing } = e;
  const stored: StoredListing = {
    ...listing,
    label,
    categoryId: label?.category?.id ?? null,
    firstSeenAt: Date.parse(firstSeenAt),
    lastSeenAt: Date.parse(lastSeenAt),
    seenCount,
  };
  if (savedAt !== undefined) stored.savedAt = Date.parse(savedAt);
  return stored;
}

export function toExportAggregate(a: WeekAggregate, ownOrigin: string): ExportAggregate {
  return {
    origin: a.origin === LOCAL_ORIGIN ? ownOrigin : a.origin,
    scope: a.scope,
    week: weekStartDate(a.week),
    seen: a.seen,
    proposals: a.proposals,
    pay: a.pay,
  };
}

/** The schema has checked the week date already. */
export const fromExportAggregate = (e: ExportAggregate): WeekAggregate => ({ ...e, week: weekFromDate(e.week)! });
