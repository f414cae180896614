import { describe, expect, test } from 'vitest';
import { toRecord } from '@/lib/db/listing-pack';
import { handleMessage } from '@/lib/background/handle-message';
import { openDatabase } from '@/lib/db/open';
import { toStored } from '@/lib/db/listings';
import { allOutcomes } from '@/lib/db/outcomes';
import type { OutcomeMark } from '@/lib/connects/outcome';
import { makeListing } from './make-listing';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 3, 20, 12);
const deps = { settings: async () => ({ retentionCap: 100_000 }), now: () => NOW };

const mark = (id: string, status: OutcomeMark['status']): OutcomeMark => ({
  platform: 'upwork',
  id,
  title: `Job ${id}`,
  url: `https://www.upwork.com/jobs/${id}`,
  categoryId: 'mobile-apps',
  categoryName: 'Mobile apps',
  status,
  connects: 12,
  priceUsd: 0.15,
  valueUsd: 4800,
});

describe('Connects messages in the background', () => {
  test('an invalid mark is rejected and nothing is stored', async () => {
    const db = await openDatabase();
    const reply = await handleMessage(async () => db, { type: 'outcome', mark: { ...mark('~01a', 'applied'), status: 'won' } }, deps);
    expect(reply).toMatchObject({ ok: false, reason: 'invalid' });
    expect((reply as { error: string }).error).toContain('mark.status');
    expect(await allOutcomes(db)).toEqual([]);
    db.close();
  });

  test('marks are stored, and a clear forgets them', async () => {
    const db = await openDatabase();
    const reply = await handleMessage(async () => db, { type: 'outcome', mark: mark('~01a', 'applied') }, deps);
    expect(reply).toMatchObject({ ok: true, outcome: { id: '~01a', status: 'applied', appliedAt: NOW } });
    await handleMessage(async () => db, { type: 'outcome-clear', platform: 'upwork', id: '~01a' }, deps);
    expect(await allOutcomes(db)).toEqual([]);
    db.close();
  });

  test('the context: repost from the stored history, the mark, and the own rate', async () => {
    const db = await openDatabase();
    const old = makeListing({ id: '~0100000000000000b1', title: 'Flutter developer for camera app' });
    await db.put('listings', toRecord(toStored({ listing: old, label: null }, undefined, NOW - 9 * DAY)));
    for (const [n, status] of (['hired', 'no-reply', 'no-reply', 'hired', 'no-reply'] as const).entries()) {
      await handleMessage(async () => db, { type: 'outcome', mark: mark(`~01c${n}`, status) }, deps);
    }
    await handleMessage(async () => db, { type: 'outcome', mark: mark('~0100000000000000aa', 'applied') }, deps);

    const listing = makeListing();
    const reply = await handleMessage(async () => db, { type: 'connects-context', listing, categoryId: 'mobile-apps' }, deps);
    expect(reply.ok).toBe(true);
    const ctx = (reply as { connects: import('@/lib/connects/context').ConnectsContext }).connects;
    expect(ctx.outcome).toMatchObject({ id: '~0100000000000000aa', status: 'applied' });
    // The job just applied to is still pending: 2 hires of 5 resolved.
    expect(ctx.own).toEqual({ category: 'Mobile apps', hires: 2, resolved: 5 });
    expect(ctx.history).toEqual([
      {
        code: 'repost',
        args: {
          title: 'Flutter developer for camera app',
          seenAt: NOW - 9 * DAY,
          similarity: 5 / 6,
          matched: [
            { detail: 'country', value: 'Denmark' },
            { detail: 'rating', value: 4.9 },
            { detail: 'reviews', value: 20 },
            { detail: 'totalSpent', value: 30_000 },
            { detail: 'jobsPosted', value: 20 },
            { detail: 'hireRate', value: 90 },
            { detail: 'hires', value: 25 },
          ],
        },
      },
    ]);
    db.close();
  });
});
