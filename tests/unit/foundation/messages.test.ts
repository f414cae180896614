import { describe, expect, it, vi } from 'vitest';
import { handleMessage } from '@/lib/background/handle-message';
import { database } from '@/lib/db/open';
import { sampleListing } from './sample-listing';

const page = { platform: 'upwork', kind: 'search', status: 'ok', health: { found: 1, parsed: 1 }, url: 'https://www.upwork.com/nx/search/jobs/?q=x' } as const;

describe('background messages', () => {
  it('stores a valid batch and answers with what it knows', async () => {
    const listing = sampleListing();
    const reply = await handleMessage(database, { type: 'seen', batchId: 'batch-0001', page, items: [{ listing, label: null }] });
    expect(reply).toMatchObject({ ok: true, insights: { [`upwork:${listing.id}`]: { seenCount: 1, saved: false } } });
    const db = await database();
    expect(await db.count('listings')).toBe(1);
    expect(await db.get('pageHealth', ['upwork', 'search'])).toMatchObject({ health: { found: 1, parsed: 1 } });
  });

  it.each([
    ['a listing with a javascript: url', { ...sampleListing(), url: 'javascript:alert(1)' }, /url/],
    ['a listing without a title', { ...sampleListing(), title: '' }, /title/],
    ['a Fiverr gig on an Upwork page', { ...sampleListing(), platform: 'fiverr' }, /not a upwork listing/],
  ])('refuses %s in a batch with a logged reason, stores nothing of it and keeps the rest', async (_name, bad, why) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const good = { ...sampleListing(), id: '~0100000000000000000001' };
    const reply = await handleMessage(database, { type: 'seen', batchId: 'batch-0002', page, items: [{ listing: bad }, { listing: good }] });
    expect(reply.ok).toBe(true);
    if (reply.ok) expect(reply.pills?.map((p) => p?.key ?? null)).toEqual([null, `upwork:${good.id}`]);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^GigLens refused a upwork listing the page read: /));
    expect(String(warn.mock.calls[0]![0])).toMatch(why);
    const db = await database();
    expect((await db.getAll('listings')).map((l) => l.id)).toEqual([good.id]);
    warn.mockRestore();
  });

  it.each([
    ['an unknown type', { type: 'delete-everything' }],
    ['a batch that is not a list', { type: 'seen', batchId: 'batch-0003', page, items: 'all of them' }],
    ['not an object', 'hello'],
  ])('rejects %s with a logged reason and stores nothing', async (_name, message) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const reply = await handleMessage(database, message);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.reason).toBe('invalid');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/GigLens rejected a message: /));
    expect(await (await database()).count('listings')).toBe(0);
    warn.mockRestore();
  });
});

describe("the page's port", () => {
  it('answers a batch with its pills, then a stored reply of the same pills without the insights the page never reads', async () => {
    const { pagePort } = await import('@/lib/background/handle-port');
    const listing = { ...sampleListing(), id: '~0100000000000000000777' };
    const replies: unknown[] = [];
    // No wait for the store: the pills go first (a woken worker, a big batch).
    const worker = pagePort(database, (r) => void replies.push(r), undefined, 0);
    worker({ type: 'seen', batchId: 'batch-port-01', page, items: [{ listing }] });
    await vi.waitFor(() => expect(replies).toHaveLength(2));
    const [pills, stored] = replies as [{ type: string; pills: { key: string }[] }, { type: string; reply: Record<string, unknown> }];
    expect(pills.type).toBe('pills');
    expect(pills.pills.map((p) => p.key)).toEqual([`upwork:${listing.id}`]);
    expect(stored.type).toBe('stored');
    expect(Object.keys(stored.reply).sort()).toEqual(['ok', 'pills']);
    const oneShot = await handleMessage(database, { type: 'seen', batchId: 'batch-port-02', page, items: [{ listing }] });
    expect(stored.reply.pills).toEqual(pills.pills.map((p) => expect.objectContaining({ key: p.key, risk: (p as { risk?: string }).risk })));
    // The one-shot message (not the page's) still carries the insights.
    expect(oneShot).toMatchObject({ ok: true, insights: { [`upwork:${listing.id}`]: { seenCount: 2 } } });
  });

  it('answers a small batch stored within the wait once, with the pills that carry verdict and star', async () => {
    const { pagePort } = await import('@/lib/background/handle-port');
    const listing = { ...sampleListing(), id: '~0100000000000000000778' };
    const replies: { type: string; reply?: { ok: boolean; pills?: { key: string; star: unknown }[] } }[] = [];
    const worker = pagePort(database, (r) => void replies.push(r as never), undefined, 5_000);
    worker({ type: 'seen', batchId: 'batch-port-03', page, items: [{ listing }] });
    await vi.waitFor(() => expect(replies.map((r) => r.type)).toEqual(['stored']));
    expect(replies[0]!.reply!.pills!.map((p) => p.key)).toEqual([`upwork:${listing.id}`]);
    expect(replies[0]!.reply!.pills![0]!.star).toEqual(expect.objectContaining({ saved: false }));
  });

  it('still sends the pills when the batch cannot be stored', async () => {
    const { pagePort } = await import('@/lib/background/handle-port');
    const listing = { ...sampleListing(), id: '~0100000000000000000779' };
    const replies: { type: string; reply?: { ok: boolean } }[] = [];
    const broken = () => Promise.reject(new Error('the disk went away'));
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const worker = pagePort(broken, (r) => void replies.push(r as never), undefined, 5_000);
    worker({ type: 'seen', batchId: 'batch-port-04', page, items: [{ listing }] });
    await vi.waitFor(() => expect(replies.map((r) => r.type)).toEqual(['pills', 'stored']));
    expect(replies[1]!.reply!.ok).toBe(false);
    error.mockRestore();
  });
});
