// Storage faults users meet: the disk filling up in the middle of a write, an older and a
// newer GigLens holding the database at once (an update while a page is open), and five tabs
// reporting the same listings at the same moment. Clear messages, nothing lost, exact counts.
import { allListings, getListing } from '@/lib/db/listing-reads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handleMessage } from '@/lib/background/handle-message';
import { portChannel, type PortLike } from '@/lib/content/page-channel';
import { upsertBatch } from '@/lib/db/listings';
import { database, openDatabase } from '@/lib/db/open';
import { DB_VERSION, type StoredListing } from '@/lib/db/schema';
import type { Listing } from '@/lib/model/listing';
import type { PortReply, SeenMessage } from '@/lib/messaging/messages';
import { upwork } from '@/lib/upwork/adapter';
import { loadPage } from '../../fixtures';

const URL_2024_09 = new URL('https://www.upwork.com/nx/search/jobs/?q=automation');
const LISTINGS: Listing[] = upwork.parsePage(loadPage('upwork-search-2024-09-logged-in-snippet.html'), URL_2024_09).listings;
const PAGE = { platform: 'upwork', kind: 'search', status: 'ok', health: { found: 20, parsed: 20 }, url: URL_2024_09.href } as const;
const DEPS = { settings: async () => ({ retentionCap: 100_000 }), now: () => 1_754_000_000_000 };

const seen = (batchId: string, listings: Listing[]): SeenMessage => ({
  type: 'seen',
  batchId,
  page: PAGE,
  items: listings.map((listing) => ({ listing, label: null })),
});
const byId = (rows: StoredListing[]) => Object.fromEntries(rows.map((r) => [r.id, r]));
const within = <T,>(promise: Promise<T>, ms: number, what: string) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms))]);

afterEach(() => vi.restoreAllMocks());

describe('the disk fills up during a write', () => {
  it('replies with a clear message, keeps what was stored and half-writes nothing; the batch is stored once when space is back', async () => {
    expect(LISTINGS).toHaveLength(20);
    const first = await handleMessage(database, seen('batch-before-full', LISTINGS.slice(0, 5)), DEPS);
    expect(first.ok).toBe(true);
    const db = await database();
    const before = await allListings(db);
    expect(before).toHaveLength(5);

    // The third listing write of the next batch throws, as a put does when the disk is full.
    const { put } = IDBObjectStore.prototype;
    let listingPuts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value, key) {
      if (this.name === 'listings' && ++listingPuts === 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.call(this, value, key);
    });
    // Listings 3–4 seen again (their seenCount would go to 2) and 5–9 new.
    const reply = await handleMessage(database, seen('batch-when-full', LISTINGS.slice(3, 10)), DEPS);
    expect(reply).toEqual({
      ok: false,
      reason: 'quota',
      error: 'Your disk is full: GigLens could not save new listings. Everything saved before is safe.',
    });
    expect(listingPuts).toBe(3);
    vi.restoreAllMocks();

    expect(await allListings(db)).toEqual(before);
    expect(await db.get('batches', 'batch-when-full')).toBeUndefined();

    const again = await handleMessage(database, seen('batch-when-full', LISTINGS.slice(3, 10)), DEPS);
    expect(again.ok).toBe(true);
    const after = byId(await allListings(db));
    expect(Object.keys(after)).toHaveLength(10);
    expect(LISTINGS.slice(0, 10).map((l) => after[l.id]!.seenCount)).toEqual([1, 1, 1, 2, 2, 1, 1, 1, 1, 1]);
  });

  it('the content script does not resend a batch refused for a full disk, and keeps the message', async () => {
    let posts = 0;
    const connect = (): PortLike => {
      const listeners: ((r: PortReply) => void)[] = [];
      return {
        postMessage(message) {
          posts++;
          const error = 'Your disk is full: GigLens could not save new listings. Everything saved before is safe.';
          const batchId = (message as { batchId: string }).batchId;
          setTimeout(() => listeners.forEach((l) => l({ type: 'stored', batchId, reply: { ok: false, reason: 'quota', error } })), 0);
        },
        onMessage: { addListener: (l) => void listeners.push(l) },
        onDisconnect: { addListener: () => undefined },
      };
    };
    const reply = await portChannel(connect, new AbortController().signal).send({ page: PAGE, items: [] }, () => undefined);
    expect(posts).toBe(1);
    expect(reply).toMatchObject({ ok: false, reason: 'quota', error: expect.stringMatching(/^Your disk is full/) });
  });
});

describe('an older and a newer version at once', () => {
  it('the older connection closes when a newer version opens: the upgrade is not blocked and nothing is lost', async () => {
    const older = await database();
    await upsertBatch(older, 'batch-older', LISTINGS.map((listing) => ({ listing, label: null })), 1000);
    let closed = false;
    older.addEventListener('close', () => (closed = true));

    const newer = await within(openDatabase(DB_VERSION + 1), 5000, 'opening the newer version');
    expect(newer.version).toBe(DB_VERSION + 1);
    expect(await newer.count('listings')).toBe(20);
    expect((await getListing(newer, 'upwork', LISTINGS[0]!.id))?.seenCount).toBe(1);
    // The older connection is closed, not left to fail half-way through a transaction.
    expect(() => older.transaction('listings')).toThrow(/closed|InvalidState|closing/i);
    expect(closed).toBe(false); // a close() the page asked for, not a forced close

    // Old code still running answers with a clear message instead of hanging or writing.
    const reply = await within(handleMessage(database, seen('batch-from-old-code', LISTINGS.slice(0, 1)), DEPS), 5000, 'old code');
    expect(reply).toMatchObject({ ok: false, reason: 'storage', error: expect.stringMatching(/GigLens was updated: reload this tab/) });
    expect((await getListing(newer, 'upwork', LISTINGS[0]!.id))?.seenCount).toBe(1);
    newer.close();
  });
});

describe('five tabs writing the same listings at the same time', () => {
  const shuffled = (seed: number) => [...LISTINGS].sort((a, b) => ((a.id.charCodeAt(5) * seed) % 7) - ((b.id.charCodeAt(5) * seed) % 7));

  it('through the background: every listing counted exactly five times, resent batches once', async () => {
    const tabs = [1, 2, 3, 4, 5].map((tab) => seen(`batch-tab-${tab}`, shuffled(tab)));
    // Each tab also resends its batch, as after a lost acknowledgement.
    const replies = await Promise.all([...tabs, ...tabs].map((message) => handleMessage(database, message, DEPS)));
    expect(replies.every((r) => r.ok)).toBe(true);
    const db = await database();
    const rows = await allListings(db);
    expect(rows).toHaveLength(20);
    expect(rows.map((r) => r.seenCount)).toEqual(Array(20).fill(5));
    expect(await db.count('batches')).toBe(5);
    expect(await db.get('meta', 'listingCount')).toEqual({ key: 'listingCount', count: 20 });
  });

  it('through five separate connections: the same exact counts', async () => {
    const connections = await Promise.all([1, 2, 3, 4, 5].map(() => openDatabase()));
    await Promise.all(
      connections.map((db, n) => upsertBatch(db, `batch-connection-${n}`, shuffled(n + 1).map((listing) => ({ listing, label: null })), 1000 + n)),
    );
    const rows = await allListings(connections[0]!);
    expect(rows.map((r) => r.seenCount)).toEqual(Array(20).fill(5));
    expect(new Set(rows.map((r) => r.firstSeenAt))).toEqual(new Set([1000]));
    expect(new Set(rows.map((r) => r.lastSeenAt))).toEqual(new Set([1004]));
    for (const db of connections) db.close();
  });
});
