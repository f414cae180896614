// Schema v2 → v3: the `outcomes` store arrives empty, everything v2 kept stays, and the
// ledger built from v3 outcomes is the same after the database is closed and reopened.
import { describe, expect, test } from 'vitest';
import { openDatabase } from '@/lib/db/open';
import { toStored } from '@/lib/db/listings';
import { allOutcomes, clearOutcome, getOutcome, outcomesInCategory, recordOutcome } from '@/lib/db/outcomes';
import { ledgerRows, ledgerTotals } from '@/lib/connects/ledger';
import type { OutcomeMark } from '@/lib/connects/outcome';
import { makeListing } from './make-listing';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 3, 20, 12);

const mark = (id: string, status: OutcomeMark['status'], connects: number | null = 16): OutcomeMark => ({
  platform: 'upwork',
  id,
  title: `Job ${id}`,
  url: `https://www.upwork.com/jobs/${id}`,
  categoryId: 'web-dev',
  categoryName: 'Web development',
  status,
  connects,
  priceUsd: 0.15,
  valueUsd: 2000,
});

describe('outcomes store', () => {
  test('v2 → v3 keeps listings and aggregates; the ledger survives a reopen', async () => {
    const v2 = await openDatabase(2);
    expect([...v2.objectStoreNames]).not.toContain('outcomes');
    const listing = toStored({ listing: makeListing(), label: null }, undefined, NOW - DAY);
    // A v2 database stores listings whole (v4 made them compact records).
    await v2.put('listings', listing as never);
    await v2.put('meta', { key: 'listingCount', count: 1 });
    v2.close();

    const v3 = await openDatabase(3);
    expect(v3.version).toBe(3);
    expect([...v3.objectStoreNames]).toContain('outcomes');
    expect(await v3.getAll('listings')).toEqual([listing]);
    expect(await v3.get('meta', 'listingCount')).toEqual({ key: 'listingCount', count: 1 });
    expect(await allOutcomes(v3)).toEqual([]);

    await recordOutcome(v3, mark('~01a', 'applied'), NOW - 3 * DAY);
    await recordOutcome(v3, mark('~01a', 'interviewed'), NOW - 2 * DAY);
    await recordOutcome(v3, mark('~01a', 'hired'), NOW - DAY);
    await recordOutcome(v3, mark('~01b', 'applied', 22), NOW - 2 * DAY);
    await recordOutcome(v3, mark('~01b', 'no-reply', null), NOW);
    const before = ledgerRows(await allOutcomes(v3), NOW);
    v3.close();

    // Through the later versions (v4 compacts the listings; outcomes stay as they are).
    const again = await openDatabase();
    const outcomes = await allOutcomes(again);
    expect(outcomes.map((o) => [o.id, o.status, o.connects, o.steps.length])).toEqual([
      ['~01a', 'hired', 16, 3],
      ['~01b', 'no-reply', 22, 2],
    ]);
    const rows = ledgerRows(outcomes, NOW);
    expect(rows).toEqual(before);
    expect(ledgerTotals(rows)).toMatchObject({ applications: 2, connects: 38, usd: 5.7, interviews: 1, hires: 1, usdPerHire: 5.7 });
    again.close();
  });

  test('v1 → v3 in one open', async () => {
    const v1 = await openDatabase(1);
    v1.close();
    const db = await openDatabase();
    expect([...db.objectStoreNames].sort()).toEqual(['aggregates', 'batches', 'listings', 'meta', 'outcomes', 'pageHealth', 'skillWeeks']);
    db.close();
  });

  test('get, per category, clear', async () => {
    const db = await openDatabase();
    await recordOutcome(db, mark('~01a', 'applied'), NOW);
    await recordOutcome(db, { ...mark('~01c', 'applied'), categoryId: 'logo' }, NOW);
    expect((await getOutcome(db, 'upwork', '~01a'))?.appliedAt).toBe(NOW);
    expect((await outcomesInCategory(db, 'logo')).map((o) => o.id)).toEqual(['~01c']);
    await clearOutcome(db, 'upwork', '~01a');
    expect(await getOutcome(db, 'upwork', '~01a')).toBeNull();
    db.close();
  });
});
