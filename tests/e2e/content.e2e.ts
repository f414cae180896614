// The content script in a live page: in-page navigation, tiles added later, and the site
// switch from settings, on a real saved Upwork search page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotations, leavingRequests, patchSettings, startSession, type Session } from './harness';

const FILE = 'upwork-search-2024-09-logged-in-snippet.html';

describe('content script in a live page', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    expect(leavingRequests((await session?.close()) ?? [])).toEqual([]);
  });

  it('stops on a page kind it does not read and starts again on in-page navigation', async () => {
    const page = await session.open(FILE);
    await annotations(page, 20);
    // The site leaves for a settings page and its tiles come back unmarked (a re-render).
    await page.evaluate(() => {
      history.pushState({}, '', '/nx/settings/');
      const tiles = [...document.querySelectorAll('[data-giglens-id]')];
      const fresh = tiles.map((tile) => {
        const copy = tile.cloneNode(true) as Element;
        copy.removeAttribute('data-giglens-id');
        copy.removeAttribute('data-giglens-risk');
        copy.querySelectorAll('giglens-badge').forEach((b) => b.remove());
        return copy;
      });
      const parent = tiles[0]!.parentElement!;
      tiles.forEach((t) => t.remove());
      parent.append(...fresh);
    });
    await page.waitForTimeout(500);
    expect(await page.locator('[data-giglens-id]').count()).toBe(0);
    // Back on a search page in place: every tile is read again, each once.
    await page.evaluate(() => history.pushState({}, '', '/nx/search/jobs/?q=automation&page=2'));
    const found = await annotations(page, 20);
    expect(found).toHaveLength(20);
    expect(found.every((f) => f.badges === 1)).toBe(true);
    await page.close();
  });

  it('removes badges when the site is switched off and brings them back when on', async () => {
    const page = await session.open(FILE);
    await annotations(page, 20);
    const popup = await session.extensionPage('popup.html');
    const setUpwork = (enabled: boolean) =>
      patchSettings(popup, { sites: { upwork: { enabled }, fiverr: { enabled: true } } });
    await setUpwork(false);
    await page.waitForFunction(() => document.querySelectorAll('giglens-badge').length === 0);
    expect(await page.locator('[data-giglens-id]').count()).toBe(0);
    await setUpwork(true);
    const found = await annotations(page, 20);
    expect(found.every((f) => f.badges === 1)).toBe(true);
  });

  it('dims high-risk listings when asked, and only those', async () => {
    const page = await session.open(FILE);
    const found = await annotations(page, 20);
    const high = found.filter((f) => f.risk === 'high' || f.risk === 'very-high').length;
    expect(high).toBeGreaterThan(0);
    const popup = await session.extensionPage('popup.html');
    await patchSettings(popup, { dimHighRisk: true });
    await page.waitForFunction((n) => document.querySelectorAll('[data-giglens-filter="fade"]').length === n, high);
    // Away from the pointer: a faded tile is at the filter stylesheet's opacity.
    await page.mouse.move(0, 0);
    // The fade is a 0.15 s transition.
    await page.waitForTimeout(400);
    const dimmed = await page.$$eval('[data-giglens-filter]', (els) =>
      els.map((e) => [e.getAttribute('data-giglens-risk'), getComputedStyle(e).opacity]),
    );
    expect(dimmed.every(([risk, opacity]) => (risk === 'high' || risk === 'very-high') && opacity === '0.4')).toBe(true);
  });
});
