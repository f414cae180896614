// Reading GigLens export files (lib/export's format) into a named dataset. All or nothing per
// import: one bad file refuses the whole import with the reason, and nothing is stored.
// Several files (a class's exports) become one dataset; a listing several people saw counts
// once, seen from the earliest first sighting to the latest last one.
import type { StoredListing } from '../db/schema';
import { t } from '../i18n';
import { zodWords } from '../i18n/zod-words';
import { listingKey } from '../model/listing';
import { EXPORT_FORMAT, ExportFileSchema } from '../export/export-schema';
import { fromExportListing } from '../export/export-records';

export type FileRead = { ok: true; listings: StoredListing[] } | { ok: false; error: string };

export function readExportFile(name: string, text: string): FileRead {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: t('dataset_not_json', { name, error: e instanceof Error ? e.message : String(e) }) };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, error: t('dataset_not_export', { name, format: EXPORT_FORMAT }) };
  }
  const parsed = ExportFileSchema.safeParse(raw, { error: zodWords });
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || t('dataset_the_file')}: ${i.message}`)
      .join(t('reason_separator'));
    return { ok: false, error: t('dataset_wrong_format', { name, details: where }) };
  }
  return { ok: true, listings: parsed.data.listings.map(fromExportListing) };
}

export function mergeListings(lists: readonly StoredListing[][]): StoredListing[] {
  const byKey = new Map<string, StoredListing>();
  for (const list of lists) {
    for (const l of list) {
      const key = listingKey(l);
      const old = byKey.get(key);
      if (!old) {
        byKey.set(key, l);
        continue;
      }
      const later = l.lastSeenAt >= old.lastSeenAt ? l : old;
      byKey.set(key, {
        ...later,
        firstSeenAt: Math.min(old.firstSeenAt, l.firstSeenAt),
        lastSeenAt: Math.max(old.lastSeenAt, l.lastSeenAt),
        seenCount: old.seenCount + l.seenCount,
      });
    }
  }
  return [...byKey.values()];
}

/** Reads every file; the first one that fails refuses the import. */
export function readExportFiles(files: readonly { name: string; text: string }[]): FileRead {
  if (files.length === 0) return { ok: false, error: t('dataset_pick_files') };
  const lists: StoredListing[][] = [];
  for (const f of files) {
    const read = readExportFile(f.name, f.text);
    if (!read.ok) return read;
    lists.push(read.listings);
  }
  return { ok: true, listings: mergeListings(lists) };
}
