// Export files written before schema v4 (whole listings, worded labels) still import, with
// every listing and label; and a v4 export still carries every listing contract field.
import { describe, expect, test } from 'vitest';
import { compactDescription } from '@/lib/db/description-words';
import { useDescriptionCompactor } from '@/lib/db/listing-pack';
import { exportFile } from '@/lib/export/export-json';
import { toExportAggregate, toExportListing } from '@/lib/export/export-records';
import { aggregateDeltas } from '@/lib/db/aggregates';
import { EXPORT_BINS, EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from '@/lib/export/export-schema';
import { importExport } from '@/lib/export/import-json';
import { allListings } from '@/lib/db/listing-reads';
import { toStored } from '@/lib/db/listings';
import { openDatabase } from '@/lib/db/open';
import { ListingSchema } from '@/lib/model/listing';
import { labelWith } from '@/lib/rules/engine';
import { savedPageItems } from '../db/saved-page-listings';

// As the background sets it (lib/background/start.ts): descriptions are kept compact.
useDescriptionCompactor(compactDescription);

const NOW = Date.UTC(2026, 7, 5, 12);
const DAY = 86_400_000;
const json = (a: unknown) => JSON.parse(JSON.stringify(a)) as unknown;

/** What v3's exportFile wrote for these listings: the same format, the listings whole. */
function v3ExportFile(): ExportFile {
  const stored = savedPageItems().map((item, n) => toStored(item, undefined, NOW - (n % 30) * DAY));
  const origin = 'an-older-install';
  const records = [...aggregateDeltas(stored.map((after) => ({ before: undefined, after }))).values()];
  return {
    format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(NOW).toISOString(), origin,
    listings: stored.map(toExportListing),
    aggregates: { bins: { ...EXPORT_BINS }, records: records.map((a) => toExportAggregate(a, origin)) },
  };
}

describe('export files from before v4', () => {
  test('import with every listing, label and sighting; relabels agree', async () => {
    const file = v3ExportFile();
    const db = await openDatabase();
    const result = await importExport(db, JSON.stringify(file), { now: NOW });
    expect(result).toMatchObject({ ok: true, added: file.listings.length });
    const stored = new Map((await allListings(db)).map((l) => [`${l.platform}:${l.id}`, l]));
    for (const old of file.listings) {
      const now = toExportListing(stored.get(`${old.platform}:${old.id}`)!);
      expect({ ...now, description: null }).toEqual({ ...old, description: null });
      expect(json(labelWith(now))).toEqual(json(labelWith(old)));
    }
    db.close();
  });

  test('a v4 export names every listing contract field', async () => {
    const db = await openDatabase();
    await importExport(db, JSON.stringify(v3ExportFile()), { now: NOW });
    const exported = await exportFile(db, NOW);
    expect(exported.listings.length).toBe(savedPageItems().length);
    for (const listing of exported.listings) {
      expect(Object.keys(listing)).toEqual(expect.arrayContaining(Object.keys(ListingSchema.shape)));
    }
    db.close();
  });
});
