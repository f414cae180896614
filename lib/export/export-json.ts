// Exports the whole history as JSON: every stored listing and every weekly aggregate. Written
// as chunks so 100,000 listings become a Blob without one giant string.
import type { GigLensDatabase } from '../db/open';
import { forEachListing } from '../db/listing-reads';
import { originId } from '../db/meta';
import { EXPORT_BINS, EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from './export-schema';
import { toExportAggregate, toExportListing } from './export-records';

const LISTINGS_PER_CHUNK = 500;

/** The file as chunks of JSON text; joined, they parse to an `ExportFile`. */
export async function exportJsonChunks(db: GigLensDatabase, now = Date.now()): Promise<string[]> {
  const origin = (await originId(db)) ?? 'unknown';
  const head = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(now).toISOString(), origin };
  const chunks = [`${JSON.stringify(head).slice(0, -1)},"listings":[`];
  let page: string[] = [];
  let first = true;
  await forEachListing(db, 'key', (listing) => {
    page.push(JSON.stringify(toExportListing(listing)));
    if (page.length === LISTINGS_PER_CHUNK) {
      chunks.push((first ? '' : ',') + page.join(','));
      first = false;
      page = [];
    }
  });
  if (page.length) chunks.push((first ? '' : ',') + page.join(','));
  const records = (await db.getAll('aggregates')).map((a) => toExportAggregate(a, origin));
  chunks.push(`],"aggregates":${JSON.stringify({ bins: EXPORT_BINS, records })}}`);
  return chunks;
}

/** The whole file as an object (tests, small histories). */
export async function exportFile(db: GigLensDatabase, now = Date.now()): Promise<ExportFile> {
  return JSON.parse((await exportJsonChunks(db, now)).join('')) as ExportFile;
}

/** What the dashboard's "Export" button downloads. */
export async function exportDownload(
  db: GigLensDatabase,
  kind: 'json' | 'csv',
  now = Date.now(),
): Promise<{ blob: Blob; filename: string }> {
  const day = new Date(now).toISOString().slice(0, 10);
  if (kind === 'json') {
    const blob = new Blob(await exportJsonChunks(db, now), { type: 'application/json' });
    return { blob, filename: `giglens-export-${day}.json` };
  }
  const { exportCsvChunks } = await import('./export-csv');
  return { blob: new Blob(await exportCsvChunks(db), { type: 'text/csv;charset=utf-8' }), filename: `giglens-listings-${day}.csv` };
}
