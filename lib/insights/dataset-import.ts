// Reading GigLens export files (lib/export's format) into a named dataset. All or nothing per
// import: one bad file refuses the whole import with the reason, and nothing is stored.
// Several files (a class's exports) become one dataset; a listing several people saw counts
// once, seen from the earliest first sighting to the latest last one.
import type { StoredListing } from '../db/schema';
import { listingKey } from '../model/listing';
import { ExportFileSchema } from '../export/export-schema';
import { fromExportListing } from '../export/export-records';

export type FileRead = { ok: true; listings: StoredListing[] } | { ok: false; error: string };

export function readExportFile(name: string, text: string): FileRead {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `${name} is not a JSON file (${e instanceof Error ? e.message : String(e)}).` };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== 'giglens-export') {
    return { ok: false, error: `${name} is not a GigLens export: its "format" is not "giglens-export".` };
  }
  const parsed = ExportFileSchema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`)
      .join('; ');
    return { ok: false, error: `${name} does not match the GigLens export format: ${where}.` };
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
  if (files.length === 0) return { ok: false, error: 'Pick at least one GigLens export file.' };
  const lists: StoredListing[][] = [];
  for (const f of files) {
    const read = readExportFile(f.name, f.text);
    if (!read.ok) return read;
    lists.push(read.listings);
  }
  return { ok: true, listings: mergeListings(lists) };
}
