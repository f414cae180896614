// Bytes per stored listing and relabel agreement on the real saved pages
// (../shared/fixtures/pages): every listing they hold is labelled, written through the real
// writer into fake-indexeddb and read back. "Before" is the v3 record (the listing and its
// worded label, whole). Agreement: the label made again from what was stored, against the one
// made from the page, by the built-in rules and with each built-in rule switched off in turn
// (what a user changing rules does).
//   node --import tsx bench/storage-pages.ts
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { serialize } from 'node:v8';
import { analyzeHtml } from '../lib/analyze/analyze-page';
import { compactDescription } from '../lib/db/description-words';
import { useDescriptionCompactor } from '../lib/db/listing-pack';
import { upsertBatch, toStored } from '../lib/db/listings';
import { allListings } from '../lib/db/listing-reads';
import { openDatabase, resetDatabaseConnection } from '../lib/db/open';
import type { Listing } from '../lib/model/listing';
import { labelWith } from '../lib/rules/engine';
import { RULES } from '../lib/rules/rules';
import { fixtureUrls, readPage } from '../tests/fixtures';

export interface PageStorage {
  listings: number;
  bytesBefore: number;
  bytesAfter: number;
  /** Share of listings whose label made again from the stored listing is identical. */
  relabelSame: number;
  /** The same for the risk band only. */
  relabelSameBand: number;
  /** Identical labels with one built-in rule switched off, over every rule. */
  relabelSameRuleOff: number;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export async function pageListings(): Promise<Listing[]> {
  const out: Listing[] = [];
  for (const { file, url } of fixtureUrls()) {
    const { listings } = await analyzeHtml(readPage(file), url);
    out.push(...listings.map(({ label: _, ...listing }) => listing));
  }
  return out;
}

export async function benchPageStorage(): Promise<PageStorage> {
  useDescriptionCompactor(compactDescription);
  const listings = await pageListings();
  globalThis.indexedDB = new IDBFactory();
  resetDatabaseConnection();
  const db = await openDatabase();
  const items = listings.map((listing) => ({ listing, label: labelWith(listing) }));
  const now = Date.UTC(2026, 7, 5, 12);
  await upsertBatch(db, 'saved-pages', items, now);
  const bytesBefore = items.reduce((sum, i) => sum + serialize(toStored(i, undefined, now)).length, 0);
  const bytesAfter = (await db.getAll('listings')).reduce((sum, r) => sum + serialize(r).length, 0);
  const byKey = new Map((await allListings(db)).map((s) => [`${s.platform}:${s.id}`, s]));
  let sameLabel = 0;
  let sameBand = 0;
  let sameOff = 0;
  for (const { listing, label } of items) {
    const stored = byKey.get(`${listing.platform}:${listing.id}`)!;
    const again = labelWith(stored);
    if (same(again, label)) sameLabel++;
    if (again.risk?.level === label.risk?.level) sameBand++;
    for (const rule of RULES) {
      const options = { disabledRules: [rule.id] };
      if (same(labelWith(stored, options), labelWith(listing, options))) sameOff++;
    }
  }
  db.close();
  resetDatabaseConnection();
  const n = listings.length;
  return {
    listings: n,
    bytesBefore: bytesBefore / n,
    bytesAfter: bytesAfter / n,
    relabelSame: sameLabel / n,
    relabelSameBand: sameBand / n,
    relabelSameRuleOff: sameOff / (n * RULES.length),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchPageStorage());
