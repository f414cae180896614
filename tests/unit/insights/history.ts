// Test histories built from real listings: the saved fixture pages parsed by the real site
// adapters, given labels and sighting times by the test, then stored in fake IndexedDB.
import { upwork } from '@/lib/upwork/adapter';
import { fiverr } from '@/lib/fiverr/adapter';
import { database } from '@/lib/db/open';
import { setSaved, upsertBatch, type SeenItem } from '@/lib/db/listings';
import { recordPageHealth } from '@/lib/db/page-health';
import type { PageHealthRecord, StoredListing } from '@/lib/db/schema';
import type { Label, RiskLevel, UpworkTopCategory } from '@/lib/model/label';
import type { Listing } from '@/lib/model/listing';
import { loadPage } from '../../fixtures';

export const UPWORK_SEARCH = {
  file: 'upwork-search-2024-09-logged-in-snippet.html',
  url: 'https://www.upwork.com/nx/search/jobs/?q=automation',
};
export const FIVERR_SEARCH = {
  file: 'fiverr-search-2025-08.html',
  url: "https://www.fiverr.com/search/gigs?query=writer%27s%20block",
};

const parsed = new Map<string, Listing[]>();

/** Parsed once per test file: the listings are plain data, each test copies what it changes. */
export function realListings(page: { file: string; url: string }): Listing[] {
  const url = new URL(page.url);
  const adapter = url.host.includes('upwork') ? upwork : fiverr;
  if (!parsed.has(page.file)) parsed.set(page.file, adapter.parsePage(loadPage(page.file), url).listings);
  return structuredClone(parsed.get(page.file)!);
}

export function label(upworkCategory: UpworkTopCategory | null, level: RiskLevel | null, score = 50): Label {
  return {
    category: upworkCategory && { id: upworkCategory.toLowerCase().replace(/\W+/g, '-'), name: upworkCategory, upwork: upworkCategory, confidence: 0.9 },
    risk: level && { level, score, mode: 'automation', reasons: [], confidence: 0.8, movesTo: [] },
  };
}

export interface Sighting {
  label?: Label | null;
  first: number;
  last?: number;
  seen?: number;
  saved?: number;
}

export function stored(listing: Listing, s: Sighting): StoredListing {
  const out: StoredListing = {
    ...listing,
    label: s.label ?? null,
    categoryId: s.label?.category?.id ?? null,
    firstSeenAt: s.first,
    lastSeenAt: s.last ?? s.first,
    seenCount: s.seen ?? 1,
  };
  if (s.saved !== undefined) out.savedAt = s.saved;
  return out;
}

/** Stores the history through the background's own writers (lib/db), one batch per
 *  sighting time, so counts, aggregates and saved marks are what the extension keeps. */
export async function seed(listings: StoredListing[], health: PageHealthRecord[] = []): Promise<void> {
  const db = await database();
  const batches = new Map<number, SeenItem[]>();
  const add = (at: number, item: SeenItem) => batches.set(at, [...(batches.get(at) ?? []), item]);
  for (const s of listings) {
    const { label, categoryId: _c, firstSeenAt, lastSeenAt, seenCount: _n, savedAt: _s, ...listing } = s;
    add(firstSeenAt, { listing, label });
    if (lastSeenAt > firstSeenAt) add(lastSeenAt, { listing, label });
  }
  for (const [at, items] of [...batches].sort(([a], [b]) => a - b)) await upsertBatch(db, `seed-batch-${at}`, items, at);
  for (const s of listings) if (s.savedAt !== undefined) await setSaved(db, s.platform, s.id, true, s.savedAt);
  for (const h of health) await recordPageHealth(db, h);
}
