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

  it('filters fold and fade in Firefox too, the popup counts them for the tab, off restores', async () => {
    const popup = await session.firstPage();
    const setFilters = (filters: unknown) =>
      popup.evaluate(async (f: unknown) => {
        const api = (globalThis as unknown as { browser: typeof browser }).browser;
        const { settings } = (await api.storage.local.get('settings')) as { settings?: object };
        await api.storage.local.set({ settings: { ...settings, filters: f } });
      }, filters);
    await setFilters({ enabled: true, fiverr: [{ kind: 'risk', on: true, action: 'fold', level: 'high' }, { kind: 'budget-below', on: true, action: 'fade', amount: 100000 }] });
    const page = await session.open(PAGES[1]!.file);
    await annotations(page, PAGES[1]!.count);
    const state = () =>
      page.evaluate(() => {
        const folded = [...document.querySelectorAll('[data-giglens-filter="fold"]')];
        return {
          fold: folded.length,
          fade: document.querySelectorAll('[data-giglens-filter="fade"]').length,
          foldsLook: folded.every((t) => t.firstElementChild?.localName === 'giglens-fold' && [...t.children].slice(1).every((c) => getComputedStyle(c).display === 'none')),
        };
      });
    await expect.poll(async () => (await state()).fold, { timeout: 15_000 }).toBeGreaterThan(0);
    await page.waitForFunction(() => document.querySelectorAll('[data-giglens-filter]').length > 0);
    const on = await state();
    expect(on.fade).toBeGreaterThan(0);
    expect(on.foldsLook).toBe(true);
    const tabId = await popup.evaluate(
      async (url: string) => (await (globalThis as unknown as { browser: typeof browser }).browser.tabs.query({ url }))[0]!.id!,
      page.url(),
    );
    await goWithin(popup, `popup.html?tab=${tabId}`, '[data-filter-count]');
    expect(await popup.evaluate(() => document.querySelector('[data-filter-count]')!.getAttribute('data-filter-count'))).toBe(String(on.fold + on.fade));
    await page.evaluate(() => document.querySelector('[data-giglens-filter="fold"]')!.scrollIntoView());
    await page.screenshot({ path: join(TMP, 'firefox-filters.png') });
    await setFilters({ enabled: false });
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('[data-giglens-filter], giglens-fold').length), { timeout: 15_000 }).toBe(0);
    await page.close();
  });
});
