// Store listing screenshots, 1280×800, light and dark, taken by the e2e run from GigLens on
// the real saved pages: a feed with badges, an open panel, the popup and the dashboard.
// Written to store/screenshots/ (not committed: every run makes them afresh).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './archives';
import { annotations, leavingRequests, startSession } from './harness';
import { STAND_IN_CSS } from './store-page-css';

const OUT = join(ROOT, 'store', 'screenshots');
const SIZE = { width: 1280, height: 800 };
const FEED = 'upwork-feed-best-matches-2025-snippet.html';
const MORE = ['upwork-search-2024-08-logged-in.html', 'fiverr-category-logo-design-2025-08.html'];

const isPng1280x800 = (file: string) => {
  const png = readFileSync(file);
  return png.readUInt32BE(16) === SIZE.width && png.readUInt32BE(20) === SIZE.height;
};

/** The popup as it drops from the toolbar, over the page it was opened on. */
async function composePopup(canvas: Page, page: string, popup: string, dark: boolean, path: string): Promise<void> {
  await canvas.setViewportSize(SIZE);
  await canvas.setContent(`<body style="margin:0;width:1280px;height:800px;overflow:hidden;position:relative;background:${dark ? '#0d1117' : '#fff'}">
    <img src="data:image/png;base64,${page}" style="position:absolute;inset:0;filter:brightness(${dark ? 0.45 : 0.7})">
    <img src="data:image/png;base64,${popup}" style="position:absolute;top:0;right:48px;max-height:800px;box-shadow:0 8px 28px rgba(0,0,0,.45);border-radius:0 0 8px 8px">
  </body>`);
  await canvas.screenshot({ path, clip: { x: 0, y: 0, ...SIZE } });
}

describe.each(['light', 'dark'] as const)('store screenshots (%s)', (scheme) => {
  const shots: string[] = [];
  const name = (what: string) => join(OUT, `${what}-${scheme}.png`);
  afterAll(() => {
    for (const file of shots) expect(isPng1280x800(file), file).toBe(true);
  });

  it('feed, open panel, popup and dashboard', async () => {
    mkdirSync(OUT, { recursive: true });
    const session = await startSession({ colorScheme: scheme });
    try {
      for (const file of MORE) {
        const page = await session.open(file);
        await annotations(page, 20);
        await page.close();
      }
      const feed = await session.open(FEED);
      await feed.setViewportSize(SIZE);
      await annotations(feed, 30);
      await feed.addStyleTag({ content: STAND_IN_CSS });
      await feed.locator('[data-giglens-id]').first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await feed.evaluate(() => window.scrollBy(0, -12));
      await feed.screenshot({ path: name('1-feed') });
      shots.push(name('1-feed'));

      // The panel of an exposed job shows the most: its reasons and where demand moves.
      const tile = feed.locator('[data-giglens-risk="high"]').first();
      await tile.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      const badge = tile.locator('giglens-badge');
      await badge.locator('button.pill').click();
      await badge.locator('.panel').waitFor();
      await feed.screenshot({ path: name('2-panel') });
      shots.push(name('2-panel'));
      await badge.locator('button.pill').click();
      await feed.locator('[data-giglens-id]').first().evaluate((el) => el.scrollIntoView({ block: 'start' }));

      const popup = await session.extensionPage('popup.html');
      // 400 px of popup and its scroll bar.
      await popup.setViewportSize({ width: 415, height: 800 });
      await popup.waitForSelector('[data-section="glance"]');
      const popupPng = (await popup.screenshot()).toString('base64');
      const feedPng = (await feed.screenshot()).toString('base64');
      await composePopup(popup, feedPng, popupPng, scheme === 'dark', name('3-popup'));
      shots.push(name('3-popup'));

      const dash = await session.extensionPage('dashboard.html');
      await dash.setViewportSize(SIZE);
      await dash.waitForSelector('[data-chart="risk-mix"] svg');
      await dash.screenshot({ path: name('4-dashboard') });
      shots.push(name('4-dashboard'));
    } finally {
      expect(leavingRequests(await session.close())).toEqual([]);
    }
  });
});
