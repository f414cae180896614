import { describe, expect, it } from 'vitest';
import { allListings, getListing } from '@/lib/db/listing-reads';
import { openDatabase } from '@/lib/db/open';
import { countsByPlatform, recentListings, savedListings, setSaved, upsertBatch } from '@/lib/db/listings';
import { DB_NAME } from '@/lib/db/schema';
import { sampleListing } from './sample-listing';

describe('giglens database', () => {
  it('creates every store and index when upgrading from an empty database', async () => {
    const db = await openDatabase();
    expect(db.name).toBe(DB_NAME);
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['listings', 'pageHealth', 'batches']));
    const indexes = [...db.transaction('listings').store.indexNames];
    expect(indexes).toEqual(
      expect.arrayContaining(['by-lastSeen', 'by-platform-lastSeen', 'by-saved']),
    );
    db.close();
  });

  it('updates a listing seen again: keeps firstSeenAt, bumps lastSeenAt and seenCount', async () => {
    const db = await openDatabase();
    const listing = sampleListing();
    await upsertBatch(db, 'batch-0001', [{ listing, label: null }], 1000);
    const poorer = sampleListing({ pay: null, description: 'now with a description' });
    await upsertBatch(db, 'batch-0002', [{ listing: poorer, label: null }], 5000);
    const all = await allListings(db);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ firstSeenAt: 1000, lastSeenAt: 5000, seenCount: 2 });
    // A later view without pay does not erase the pay seen before; new fields are added.
    expect(all[0]!.pay).toEqual({ type: 'fixed', amount: 50, currency: 'USD' });
    expect(all[0]!.description).toBe('now with a description');
    db.close();
  });

  it('stores a resent batch once and counts a listing twice in one batch once', async () => {
    const db = await openDatabase();
    const listing = sampleListing();
    const items = [{ listing, label: null }, { listing, label: null }];
    const first = await upsertBatch(db, 'batch-0001', items, 1000);
    const again = await upsertBatch(db, 'batch-0001', items, 2000);
    expect(first.applied).toBe(true);
    expect(again.applied).toBe(false);
    const stored = await getListing(db, 'upwork', listing.id);
    expect(stored?.seenCount).toBe(1);
    db.close();
  });

  it('lists newest first, counts per platform and keeps saved listings', async () => {
    const db = await openDatabase();
    const a = sampleListing({ id: '~01aaaa', url: 'https://www.upwork.com/jobs/~01aaaa' });
    const b = sampleListing({ platform: 'fiverr', id: '123', url: 'https://www.fiverr.com/x/y', title: 'I will write' });
    await upsertBatch(db, 'batch-0001', [{ listing: a, label: null }], 1000);
    await upsertBatch(db, 'batch-0002', [{ listing: b, label: null }], 2000);
    expect((await recentListings(db)).map((l) => l.id)).toEqual(['123', '~01aaaa']);
    expect(await countsByPlatform(db)).toEqual({ upwork: 1, fiverr: 1 });
    await setSaved(db, 'upwork', '~01aaaa', true, 3000);
    expect((await savedListings(db)).map((l) => l.id)).toEqual(['~01aaaa']);
    await setSaved(db, 'upwork', '~01aaaa', false);
    expect(await savedListings(db)).toEqual([]);
    db.close();
  });
});
