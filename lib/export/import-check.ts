// Reads an export file and decides, before anything is written, whether it can be imported:
// a corrupt, foreign, newer or inconsistent file is refused with a reason a user can act on.
import type { z } from 'zod';
import { aggregateDeltas } from '../db/aggregates';
import { t } from '../i18n';
import { zodWords } from '../i18n/zod-words';
import type { StoredListing } from '../db/schema';
import { addAggregate, hasNegative, isEmptyAggregate, type WeekAggregate } from '../trends/aggregate';
import { weekStartDate } from '../trends/weeks';
import { fromExportAggregate, fromExportListing } from './export-records';
import { EXPORT_FORMAT, EXPORT_VERSION, ExportFileSchema, type ExportFile } from './export-schema';

export interface CheckedImport {
  ok: true;
  file: ExportFile;
  listings: StoredListing[];
  /** Per origin: the history the file holds beyond its listings (listings its database
   *  pruned, or histories it imported), to be stored as that origin's aggregates. */
  residuals: Map<string, WeekAggregate[]>;
}
export type ImportCheck = CheckedImport | { ok: false; reason: string };

const refuse = (reason: string): ImportCheck => ({ ok: false, reason });

function describeIssues(raw: Record<string, unknown>, issues: z.core.$ZodIssue[]): string {
  const listings = Array.isArray(raw['listings']) ? (raw['listings'] as Record<string, unknown>[]) : [];
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path.map(String);
      const [top, n, ...rest] = path;
      const listing = top === 'listings' && n !== undefined ? listings[Number(n)] : undefined;
      const where = listing
        ? `${t('import_where_listing', { n: String(n), listing: `${String(listing['platform'])}:${String(listing['id'])}` })}${rest.length ? ` ${rest.join('.')}` : ''}`
        : path.join('.') || t('import_the_file');
      return `${where}: ${issue.message}`;
    })
    .join(t('reason_separator'));
}

function residualsOf(file: ExportFile, listings: StoredListing[]): Map<string, WeekAggregate[]> | string {
  const byOrigin = new Map<string, Map<string, WeekAggregate>>();
  for (const rec of file.aggregates.records.map(fromExportAggregate)) {
    const records = byOrigin.get(rec.origin) ?? new Map<string, WeekAggregate>();
    byOrigin.set(rec.origin, records);
    const key = `${rec.scope}\u0000${rec.week}`;
    if (records.has(key)) return t('import_aggregate_twice', { scope: rec.scope, week: weekStartDate(rec.week) });
    records.set(key, rec);
  }
  // Take the file's own listings out of its own origin's aggregates: they are counted again,
  // as this database's own, when they are stored.
  const own = byOrigin.get(file.origin) ?? new Map<string, WeekAggregate>();
  byOrigin.set(file.origin, own);
  for (const [key, delta] of aggregateDeltas(listings.map((after) => ({ before: undefined, after })))) {
    const rec = own.get(key) ?? { ...delta, seen: 0, proposals: {}, pay: {}, origin: file.origin };
    rec.origin = file.origin;
    addAggregate(rec, delta, -1);
    if (hasNegative(rec)) {
      return t('import_aggregates_mismatch', { scope: rec.scope, week: weekStartDate(rec.week) });
    }
    own.set(key, rec);
  }
  return new Map([...byOrigin].map(([origin, recs]) => [origin, [...recs.values()].filter((r) => !isEmptyAggregate(r))]));
}

export function checkImport(text: string): ImportCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return refuse(t('import_not_json', { error: (error as Error).message }));
  }
  if (typeof raw !== 'object' || raw === null || (raw as Record<string, unknown>)['format'] !== EXPORT_FORMAT) {
    return refuse(t('import_not_export', { format: EXPORT_FORMAT }));
  }
  const record = raw as Record<string, unknown>;
  const version = record['version'];
  if (version !== EXPORT_VERSION) {
    return refuse(
      typeof version === 'number' && version > EXPORT_VERSION
        ? t('import_newer', { version, current: EXPORT_VERSION })
        : t('import_unknown_version', { version: JSON.stringify(version) }),
    );
  }
  const parsed = ExportFileSchema.safeParse(raw, { error: zodWords });
  if (!parsed.success) return refuse(t('import_damaged', { details: describeIssues(record, parsed.error.issues) }));
  const file = parsed.data;
  const keys = new Set<string>();
  for (const l of file.listings) {
    const key = `${l.platform}:${l.id}`;
    if (keys.has(key)) return refuse(t('import_damaged', { details: t('import_listed_twice', { listing: key }) }));
    keys.add(key);
  }
  const listings = file.listings.map(fromExportListing);
  const residuals = residualsOf(file, listings);
  if (typeof residuals === 'string') return refuse(t('import_damaged', { details: residuals }));
  return { ok: true, file, listings, residuals };
}
