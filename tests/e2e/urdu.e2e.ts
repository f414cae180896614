// GigLens in Urdu, in Chromium: the language is switched in the popup (applied at once, no
// reload), then the badge panel on a real saved Upwork page, the popup and the dashboard render
// right to left with lang="ur", axe-core finds no violation, nothing overflows the popup's
// width, and screenshots go to tests/e2e/.tmp/urdu-*.png for a person to look at.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { annotations, leavingRequests, startSession, TMP, type Session } from './harness';

const UPWORK = 'upwork-search-2024-09-logged-in-snippet.html';

const shot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: join(TMP, `urdu-${name}.png`), fullPage });

/** Elements whose text runs past their own box, or past the popup's 400px. */
const overflowing = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main *')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible' && el.clientWidth > 0)
      .filter((el) => el.getBoundingClientRect().right > 401 || el.getBoundingClientRect().left < -1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 40)}`),
  );

describe('GigLens in Urdu', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession();
    const page = await session.open(UPWORK);
    await annotations(page, 20);
    await page.close();
  });
  afterAll(async () => {
    expect(leavingRequests((await session?.close()) ?? [])).toEqual([]);
  });

  it('popup: the picker switches to Urdu at once; right to left, axe-clean, nothing overflows', async () => {
    const popup = await session.extensionPage('popup.html');
    await popup.setViewportSize({ width: 400, height: 900 });
    await popup.waitForSelector('[data-section="glance"]');
    expect(await popup.getAttribute('html', 'dir')).toBe('ltr');
    await popup.click('[data-language="ur"]');
    await popup.waitForSelector('html[dir="rtl"][lang="ur"]');
    await popup.waitForSelector('[data-section="glance"]');
    expect(await popup.textContent('#glance-title')).toMatch(/^یہ ہفتہ/);
    expect(await popup.textContent('#switches-title')).toBe('فوری سیٹنگز');
    expect(await popup.title()).toBe('GigLens');
    await shot(popup, 'popup');
    expect(await overflowing(popup)).toEqual([]);
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    await shot(popup, 'popup-dark');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('badge: the pill speaks Urdu and the panel opens right to left, axe-clean', async () => {
    const page = await session.open(UPWORK);
    await annotations(page, 20);
    const badge = page.locator('giglens-badge').first();
    await expect.poll(() => badge.locator('button.pill').textContent(), { timeout: 10_000 }).toMatch(/^AI خطرہ/);
    expect(await badge.getAttribute('lang')).toBe('ur');
    await badge.locator('button.pill').click();
    const panel = badge.locator('.panel');
    await panel.waitFor({ state: 'attached' });
    expect(await panel.getAttribute('dir')).toBe('rtl');
    expect(await panel.getAttribute('lang')).toBe('ur');
    expect(await panel.textContent()).toMatch(/ریٹ کا رجحان/);
    await badge.scrollIntoViewIfNeeded();
    await badge.screenshot({ path: join(TMP, 'urdu-panel.png') });
    expect(await axeViolations(page, 'giglens-badge >> .panel')).toEqual([]);
    await page.close();
  });

  it('dashboard: every section right to left and axe-clean, with screenshots', async () => {
    const dash = await session.extensionPage('dashboard.html');
    await dash.waitForSelector('html[dir="rtl"][lang="ur"]');
    await dash.waitForSelector('[data-chart="risk-mix"] svg');
    expect(await dash.title()).toBe('GigLens ڈیش بورڈ');
    await shot(dash, 'dashboard-overview');
    expect(await axeViolations(dash)).toEqual([]);
    for (const id of ['listings', 'compare', 'connects', 'share', 'datasets', 'settings']) {
      await dash.click(`nav.dash-nav a[href="#${id}"]`);
      await dash.waitForSelector(`[data-section="${id}"]`);
      await shot(dash, `dashboard-${id}`, id !== 'listings');
      expect(await axeViolations(dash), id).toEqual([]);
    }
    // Back to English from the dashboard's own picker: applied at once, left to right.
    await dash.click('[data-language="en"]');
    await dash.waitForSelector('html[dir="ltr"][lang="en"]');
    expect(await dash.textContent('#settings-title')).toBe('Settings');
    await dash.close();
  });
});
