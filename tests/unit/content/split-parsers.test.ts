// The page reads, the background completes: on every saved page, what the content script and
// its background store is exactly what the `analyze` command's parsers give for that page.
import { describe, expect, it } from 'vitest';
import { completeItems } from '@/lib/background/complete-items';
import { fiverr } from '@/lib/fiverr/adapter';
import { fiverrReader } from '@/lib/fiverr/reader';
import type { StatePart } from '@/lib/messaging/messages';
import { STATE_PART_CHARS } from '@/lib/messaging/port-name';
import type { Listing } from '@/lib/model/listing';
import { upwork } from '@/lib/upwork/adapter';
import { upworkReader } from '@/lib/upwork/reader';
import { fixtureUrls, loadPage } from '../../fixtures';
import { mountPage, runPage } from './run-page';

const PAGES = fixtureUrls().filter(({ file }) => !file.includes('challenge'));

describe.each(PAGES)('$file', ({ file, url }) => {
  it('stores exactly the listings the parsers read from the page, each badged and labelled', async () => {
    const [reader, adapter] = file.startsWith('upwork') ? [upworkReader, upwork] : [fiverrReader, fiverr];
    const expected = adapter.parsePage(loadPage(file), url);
    mountPage(file);
    const page = runPage(reader, url);
    await page.settle();
    const seen = page.posted.flatMap((m) => (m.type === 'seen' ? [m] : []));
    // The embedded state came ahead on the port, in parts, each text's parts in order.
    const parts = (page.posted as unknown[]).filter((m): m is StatePart => (m as StatePart).type === 'state');
    const state: string[] = [];
    for (const p of parts) state[p.index] = (state[p.index] ?? '') + p.part;
    expect(parts.every((p) => p.part.length <= STATE_PART_CHARS)).toBe(true);
    const completed = seen.flatMap((m) => completeItems(reader.platform, m.items, m.portState ? state : (m.state ?? [])));
    const byId = new Map<string, Listing>();
    for (const l of completed) if (l && !byId.has(l.id)) byId.set(l.id, l);
    const sortById = (ls: Listing[]) => [...ls].sort((a, b) => a.id.localeCompare(b.id));
    expect(sortById([...byId.values()])).toEqual(sortById(expected.listings));
    // Each listing is sent once per view, however many elements show it.
    expect(completed.filter(Boolean)).toHaveLength(expected.listings.length);
    // Every element read got a labelled badge.
    expect(document.querySelectorAll('[data-giglens-risk]')).toHaveLength(expected.health.parsed);
    page.controller.abort();
  });
});
