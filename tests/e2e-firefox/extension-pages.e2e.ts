// The Firefox store archive itself (`npm run zip`), installed in a fresh profile as an
// add-on: it annotates both sites, and its popup and dashboard list what was stored in
// IndexedDB. Firefox opens the popup as its first tab; the dashboard is reached from there.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TMP } from '../e2e/harness';
import { ADDON_UUID, annotations, FIREFOX_ZIP, launchFirefox, type FirefoxSession } from './harness';
import { leavingRequests } from './proxy';

const PAGES = [
  { file: 'upwork-search-2024-09-logged-in-snippet.html', count: 20 },
  { file: 'fiverr-search-2025-08.html', count: 27 },
];

/** Same-origin navigation from an extension page, which Firefox allows (BiDi does not);
 *  the old document's realm goes away mid-call, so readiness is polled from here. */
async function goWithin(page: Page, path: string, ready: string): Promise<void> {
  await page.evaluate((p: string) => void (location.href = p), path).catch(() => undefined);
  const arrived = () =>
    page
      .evaluate((p: string, s: string) => location.href.endsWith(p) && document.querySelector(s) !== null, path, ready)
      .catch(() => false);
  await expect.poll(arrived, { timeout: 15_000, interval: 200 }).toBe(true);
}

describe('Firefox: the store archive, its popup and dashboard', () => {
  let session: FirefoxSession;
  const ids = new Set<string>();
  beforeAll(async () => {
    if (!existsSync(FIREFOX_ZIP)) throw new Error(`No ${FIREFOX_ZIP}: run npm run zip`);
    session = await launchFirefox({ xpi: FIREFOX_ZIP, startPath: 'popup.html' });
    for (const { file, count } of PAGES) {
      const page = await session.open(file);
      for (const a of await annotations(page, count)) ids.add(a.id);
      await page.close();
    }
  });
  afterAll(async () => {
    expect(leavingRequests((await session?.close()) ?? [])).toEqual([]);
  });

  it('the popup counts the listings of both sites', async () => {
    const popup = await session.firstPage();
    expect(popup.url()).toBe(`moz-extension://${ADDON_UUID}/popup.html`);
    await goWithin(popup, 'popup.html', '[data-giglens-counts]');
    await expect.poll(() => popup.evaluate(() => document.querySelector('[data-platform="upwork"]')?.textContent)).toBe('20');
    expect(await popup.evaluate(() => document.querySelector('[data-platform="fiverr"]')?.textContent)).toBe('26');
    await popup.screenshot({ path: join(TMP, 'firefox-popup.png') });
  });

  it('the dashboard lists the same listings', async () => {
    const page = await session.firstPage();
    await goWithin(page, 'dashboard.html#listings', '[data-giglens-row]');
    const rows = await page.$$eval('[data-giglens-row]', (els) => els.map((e) => e.getAttribute('data-giglens-row')));
    expect(new Set(rows)).toEqual(ids);
    expect(ids.size).toBe(46);
    await page.screenshot({ path: join(TMP, 'firefox-dashboard-listings.png') });
  });
});
