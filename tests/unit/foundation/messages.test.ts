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
    ['an unknown type', { type: 'delete-everything' }],
    ['a listing with a javascript: url', { type: 'seen', batchId: 'batch-0002', page, items: [{ listing: { ...sampleListing(), url: 'javascript:alert(1)' }, label: null }] }],
    ['a listing without a title', { type: 'seen', batchId: 'batch-0003', page, items: [{ listing: { ...sampleListing(), title: '' }, label: null }] }],
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
