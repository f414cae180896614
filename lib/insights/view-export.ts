// Exports of what the dashboard shows (a filtered view, a dataset, anonymised or not) in
// lib/export's formats, so a class can import each other's files as datasets. The whole
// history with its weekly aggregates is lib/export's own download.
import type { StoredListing } from '../db/schema';
import { CSV_HEADER, csvRow } from '../export/export-csv';
import { EXPORT_BINS, EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from '../export/export-schema';
import { toExportListing } from '../export/export-records';
import { anonymiseAll } from './anonymise';

export function viewExportFile(listings: readonly StoredListing[], opts: { now: number; origin: string; anonymise: boolean }): ExportFile {
  const rows = opts.anonymise ? anonymiseAll(listings) : listings;
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(opts.now).toISOString(),
    origin: opts.anonymise ? 'anonymised' : opts.origin,
    listings: rows.map(toExportListing),
    // A view is listings only: the weekly aggregates describe the whole history, not a view.
    aggregates: { bins: { ...EXPORT_BINS }, records: [] },
  };
}

export function viewExportCsv(listings: readonly StoredListing[], anonymise: boolean): string {
  const rows = anonymise ? anonymiseAll(listings) : listings;
  return `\uFEFF${CSV_HEADER}\r\n${rows.map((l) => `${csvRow(l)}\r\n`).join('')}`;
}
