// Every real saved page of both sites in Chromium: each listing annotated exactly once with
// its risk level, listings the page adds later annotated too, the challenge page left alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotations, leavingRequests, startSession, type Session } from './harness';

// cards: listing elements on the page; gigs: distinct listings (Fiverr repeats ads).
const PAGES = [
  { file: 'upwork-feed-most-recent-2024-09-snippet.html', cards: 2, distinct: 2 },
  { file: 'upwork-feed-best-matches-2025-snippet.html', cards: 30, distinct: 30 },
  { file: 'upwork-search-2024-08-logged-in.html', cards: 20, distinct: 20 },
  { file: 'upwork-search-2026-02-logged-in-raw.html', cards: 10, distinct: 10 },
  { file: 'upwork-search-2026-05-logged-out.html', cards: 10, distinct: 10 },
  { file: 'upwork-job-2024-08-hourly.html', cards: 1, distinct: 1 },
  { file: 'upwork-job-2024-10-hourly-new-client.html', cards: 1, distinct: 1 },
  { file: 'upwork-job-2026-04-fixed-raw.html', cards: 1, distinct: 1 },
  { file: 'upwork-public-job-2026-07.html', cards: 4, distinct: 4 },
  { file: 'fiverr-category-logo-design-2025-08.html', cards: 48, distinct: 44 },
  { file: 'fiverr-gig-2021-12-raw.html', cards: 1, distinct: 1 },
  { file: 'fiverr-seller-2025-08.html', cards: 1, distinct: 1 },
];
const LEVELS = ['very-low', 'low', 'medium', 'high', 'very-high'];

describe('every saved page in Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    expect(leavingRequests((await session?.close()) ?? [])).toEqual([]);
  });

  it.each(PAGES)('$file: $cards listings annotated once, each labelled', async ({ file, cards, distinct }) => {
    const page = await session.open(file);
    const found = await annotations(page, cards);
    await page.waitForTimeout(300);
    const settled = await annotations(page, cards);
    expect(settled).toHaveLength(cards);
    expect(new Set(found.map((f) => f.id)).size).toBe(distinct);
    for (const f of settled) {
      expect(f.badges).toBe(1);
      expect(LEVELS).toContain(f.risk);
    }
    await page.close();
  });

  it('badges tiles appended to a live feed after load', async () => {
    const page = await session.open('upwork-feed-best-matches-2025-snippet.html');
    await annotations(page, 30);
    // Infinite scroll: the feed appends a batch of ten real tiles (copies, unmarked).
    await page.evaluate(() => {
      const tiles = [...document.querySelectorAll('[data-giglens-id]')].slice(0, 10);
      const list = tiles[0]!.parentElement!;
      for (const tile of tiles) {
        const copy = tile.cloneNode(true) as Element;
        copy.removeAttribute('data-giglens-id');
        copy.removeAttribute('data-giglens-risk');
        copy.querySelectorAll('giglens-badge').forEach((b) => b.remove());
        list.append(copy);
      }
    });
    const found = await annotations(page, 40);
    expect(found).toHaveLength(40);
    expect(found.every((f) => f.badges === 1)).toBe(true);
  });

  it('leaves the challenge page alone and reports it blocked', async () => {
    const page = await session.open('upwork-challenge-2026-08.html');
    await page.waitForTimeout(500);
    expect(await page.locator('giglens-badge').count()).toBe(0);
    const popup = await session.extensionPage('popup.html');
    const health = await popup.evaluate(
      () =>
        new Promise<unknown[]>((resolve, reject) => {
          const open = indexedDB.open('giglens');
          open.onsuccess = () => {
            const get = open.result.transaction('pageHealth').objectStore('pageHealth').getAll();
            get.onsuccess = () => resolve(get.result);
            get.onerror = () => reject(get.error);
          };
        }),
    );
    expect(health).toContainEqual(expect.objectContaining({ platform: 'upwork', status: 'blocked' }));
  });
});
