// Export → import is lossless, and importing the same file again duplicates nothing.
import { describe, expect, test } from 'vitest';
import { exportFile, exportJsonChunks } from '@/lib/export/export-json';
import { importExport, mergeImported } from '@/lib/export/import-json';
import { originId } from '@/lib/db/meta';
import { upsertBatch } from '@/lib/db/listings';
import { fromExportListing } from '@/lib/export/export-records';
import { DAY, NOW } from '../trends/helpers';
import { dump, freshDatabase, realHistory, totals } from './history';

describe('export and import', () => {
  test('a history pruned to its cap round-trips into another database losslessly', async () => {
    const a = await realHistory(1000);
    // Prune to 30 of 40 (settings allow ≥1000; the writer takes any cap): 10 listings live on
    // only in the aggregates, which the export must carry.
    await upsertBatch(a, 'tiny-cap', [], NOW, 30);
    expect(await a.count('listings')).toBe(30);
    const fileA = await exportFile(a, NOW);
    expect(fileA).toMatchObject({ format: 'giglens-export', version: 1, exportedAt: new Date(NOW).toISOString(), origin: await originId(a) });
    expect(fileA.listings).toHaveLength(30);
    const seenA = fileA.aggregates.records.filter((r) => r.scope === 'platform:upwork').reduce((n, r) => n + r.seen, 0);
    expect(seenA).toBe(40);

    const b = await freshDatabase();
    const text = (await exportJsonChunks(a, NOW)).join('');
    expect(await importExport(b, text, { now: NOW })).toEqual({ ok: true, added: 30, updated: 0, unchanged: 0, pruned: 0 });
    const fileB = await exportFile(b, NOW);
    expect(fileB.listings).toEqual(fileA.listings);
    expect(await totals(b)).toEqual(await totals(a));
    expect(fileB.listings.find((l) => l.savedAt)?.savedAt).toBe(new Date(NOW).toISOString());
    expect(fileB.listings.filter((l) => l.seenCount === 2)).toHaveLength(10);

    // The same file again: nothing added, nothing counted twice.
    const before = await dump(b);
    expect(await importExport(b, text, { now: NOW })).toEqual({ ok: true, added: 0, updated: 0, unchanged: 30, pruned: 0 });
    expect(await dump(b)).toEqual(before);
    // And B's own export back into B, and A's into A: this database's own history is not doubled.
    expect(await importExport(b, JSON.stringify(fileB), { now: NOW })).toMatchObject({ ok: true, added: 0, unchanged: 30 });
    expect(await dump(b)).toEqual(before);
    const aBefore = await dump(a);
    expect(await importExport(a, text, { now: NOW })).toMatchObject({ ok: true, added: 0, unchanged: 30 });
    expect(await dump(a)).toEqual(aBefore);
  });

  test('B’s export of A’s history imported back into A adds only what B saw', async () => {
    const a = await realHistory();
    const fileA = await exportFile(a, NOW);
    const b = await freshDatabase();
    await importExport(b, JSON.stringify(fileA), { now: NOW });
    const totalsA = await totals(a);
    const fileB = await exportFile(b, NOW);
    // A's listings came back via B: nothing changes in A's trends or listings.
    const aBefore = await dump(a);
    expect(await importExport(a, JSON.stringify(fileB), { now: NOW })).toMatchObject({ ok: true, added: 0, updated: 0 });
    expect(await totals(a)).toEqual(totalsA);
    expect((await dump(a)).listings).toEqual(aBefore.listings);
  });

  test('merging keeps the first sight, the last sight, the larger count and the later non-null fields', () => {
    const base = fromExportListing({
      platform: 'upwork', id: '~01abc', url: 'https://www.upwork.com/jobs/~01abc', title: 'Shopify store fixes',
      description: null, skills: ['Shopify'], pay: { type: 'hourly', min: 20, max: 40, currency: 'USD' },
      experience: null, duration: null, workload: null, postedAt: null, postedText: null, proposals: null,
      connects: null, client: null, activity: null, seller: null, deliveryDays: null, promoted: null,
      fiverrChoice: null, pro: null, packages: null, platformCategory: null, platformSubcategory: null,
      label: null, firstSeenAt: new Date(NOW - 9 * DAY).toISOString(), lastSeenAt: new Date(NOW - 5 * DAY).toISOString(), seenCount: 3,
    });
    const later = { ...base, firstSeenAt: NOW - 2 * DAY, lastSeenAt: NOW, seenCount: 1, pay: null, connects: 16 };
    const merged = mergeImported(base, later);
    expect(merged).toMatchObject({ firstSeenAt: NOW - 9 * DAY, lastSeenAt: NOW, seenCount: 3, connects: 16 });
    expect(merged.pay).toEqual(base.pay);
    expect(mergeImported(merged, later)).toEqual(merged);
    expect(mergeImported(merged, base)).toEqual(merged);
  });
});
