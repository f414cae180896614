// The foundation end to end: real saved pages of both sites annotated in Chromium, the same
// listings listed by the popup from IndexedDB, and nothing leaving 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotations, leavingRequests, startSession, type NetRequest, type Session } from './harness';

// Fiverr shows one gig twice on this page (as an ad and in the results): 27 cards, 26 gigs.
const PAGES = [
  { file: 'upwork-search-2024-09-logged-in-snippet.html', count: 20, unique: 20, platform: 'upwork' },
  { file: 'fiverr-search-2025-08.html', count: 27, unique: 26, platform: 'fiverr' },
] as const;

describe('foundation in Chromium', () => {
  let session: Session;
  const seen: string[] = [];
  let requests: NetRequest[] = [];

  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    requests = (await session?.close()) ?? [];
    expect(requests.length).toBeGreaterThan(0);
    expect(leavingRequests(requests)).toEqual([]);
  });

  it.each(PAGES)('annotates every listing on $file once', async ({ file, count, unique, platform }) => {
    const page = await session.open(file);
    const found = await annotations(page, count);
    expect(found).toHaveLength(count);
    expect(new Set(found.map((f) => f.id)).size).toBe(unique);
    for (const f of found) {
      expect(f.id.startsWith(`${platform}:`)).toBe(true);
      expect(['very-low', 'low', 'medium', 'high', 'very-high', 'unknown']).toContain(f.risk);
      expect(f.badges).toBe(1);
    }
    // The badge renders inside its shadow root.
    const pill = page.locator('giglens-badge').first().locator('button.pill');
    await expect(pill.textContent()).resolves.toMatch(/AI risk/);
    // Its styles reach it from the page's document through its parts (pill-css.ts).
    await expect(pill.evaluate((el) => getComputedStyle(el).borderTopLeftRadius)).resolves.toBe('999px');
    seen.push(...found.map((f) => f.id));
    await page.close();
  });

  it('lists the same listings in the popup, from IndexedDB', async () => {
    const popup = await session.extensionPage('popup.html');
    await popup.waitForSelector('[data-giglens-counts]');
    await expect(popup.textContent('[data-platform="upwork"]')).resolves.toBe('20');
    await expect(popup.textContent('[data-platform="fiverr"]')).resolves.toBe('26');
    const dashboard = await session.extensionPage('dashboard.html#listings');
    await dashboard.waitForSelector('[data-giglens-row]');
    const rows = await dashboard.$$eval('[data-giglens-row]', (els) => els.map((e) => e.getAttribute('data-giglens-row')));
    expect(new Set(rows)).toEqual(new Set(seen));
  });
});
