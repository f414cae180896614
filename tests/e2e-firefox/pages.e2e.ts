// The Firefox build, installed over BiDi as a developer loads it, on the real saved pages of
// both sites: every listing marked with its risk, the badge panel opening, a page seen twice
// counted twice, and no request to any host but the two served sites. Screenshots for a
// person to look at go to tests/e2e/.tmp/.
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TMP } from '../e2e/harness';
import { annotations, launchFirefox, type FirefoxSession } from './harness';
import { leavingRequests } from './proxy';

// Fiverr shows one gig twice on this page (as an ad and in the results): 27 cards, 26 gigs.
const PAGES = [
  { file: 'upwork-search-2024-09-logged-in-snippet.html', count: 20, unique: 20, platform: 'upwork' },
  { file: 'fiverr-search-2025-08.html', count: 27, unique: 26, platform: 'fiverr' },
] as const;
const LEVELS = ['very-low', 'low', 'medium', 'high', 'very-high', 'unknown'];
/** Each band's pill colour in the light scheme (pill-css.ts). */
const BAND_BACKGROUND: Record<string, string> = {
  'very-low': 'rgb(218, 251, 225)', low: 'rgb(221, 244, 255)', medium: 'rgb(255, 248, 197)',
  high: 'rgb(255, 241, 229)', 'very-high': 'rgb(255, 235, 233)', unknown: 'rgb(246, 248, 250)',
};
/** A host the first test asks for on purpose: the proxy must record it (and only it). */
const CONTROL = 'giglens-control.test';

/** Opens the first badge's panel and returns its "seen" count (null while it has none). */
async function panelSeenCount(page: Page): Promise<string | null> {
  const isOpen = () => page.evaluate(() => !!document.querySelector('giglens-badge')?.shadowRoot?.querySelector('.panel'));
  if (!(await isOpen())) {
    const pill = await page.waitForSelector('giglens-badge >>> button.pill');
    await pill!.click();
    await page.waitForFunction(() => !!document.querySelector('giglens-badge')?.shadowRoot?.querySelector('.panel'));
  }
  return page.evaluate(
    () => document.querySelector('giglens-badge')?.shadowRoot?.querySelector('.panel [data-giglens-seen]')?.getAttribute('data-giglens-seen') ?? null,
  );
}

/** Closes the first badge's panel, so the next look opens it afresh. */
async function closePanel(page: Page): Promise<void> {
  const pill = await page.waitForSelector('giglens-badge >>> button.pill');
  await pill!.click();
  await page.waitForFunction(() => !document.querySelector('giglens-badge')?.shadowRoot?.querySelector('.panel'));
}

describe('Firefox: the built extension on saved pages', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(async () => {
    const requests = (await session?.close()) ?? [];
    expect(requests).toContain('www.upwork.com:443');
    expect(leavingRequests(requests)).toEqual([`${CONTROL}:443`]);
  });

  it('records and refuses a request to any other host (the check below is live)', async () => {
    const page = await session.browser.newPage();
    const response = await page.goto(`https://${CONTROL}/`).catch(() => null);
    expect(response?.ok() ?? false).toBe(false);
    await page.close();
  });

  it.each(PAGES)('annotates every listing on $file once, with its risk', async ({ file, count, unique, platform }) => {
    const page = await session.open(file);
    const found = await annotations(page, count);
    expect(found).toHaveLength(count);
    expect(new Set(found.map((f) => f.id)).size).toBe(unique);
    for (const f of found) {
      expect(f.id.startsWith(`${platform}:`)).toBe(true);
      expect(LEVELS).toContain(f.risk);
      expect(f.badges).toBe(1);
    }
    // The pill's styles reach it from the page's document through its parts (pill-css.ts).
    const look = await page.evaluate(() => {
      const host = document.querySelector('giglens-badge')!;
      const pill = host.shadowRoot!.querySelector('button.pill')!;
      const band = host.parentElement!.closest('[data-giglens-risk]')?.getAttribute('data-giglens-risk');
      return { radius: getComputedStyle(pill).borderTopLeftRadius, contain: getComputedStyle(host).contain, band, bg: getComputedStyle(pill).backgroundColor };
    });
    expect(look.radius).toBe('999px');
    expect(look.contain).toMatch(/size/);
    expect(look.bg).toBe(BAND_BACKGROUND[look.band!]);
    await page.close();
  });

  it('opens the badge panel and counts a page seen twice as seen twice', async () => {
    const file = 'upwork-search-2024-08-logged-in.html';
    for (const visit of ['1', '2']) {
      const page = await session.open(file);
      await annotations(page, 20);
      // The listing is stored by the background after the badge appears: look again until
      // the panel shows this visit (each look reopens the panel for fresh figures).
      await expect
        .poll(async () => {
          const seen = await panelSeenCount(page);
          if (seen !== visit) await closePanel(page);
          return seen;
        }, { timeout: 15_000, interval: 300 })
        .toBe(visit);
      const panelText = await page.evaluate(() => document.querySelector('giglens-badge')!.shadowRoot!.querySelector('.panel')!.textContent ?? '');
      expect(panelText.length).toBeGreaterThan(40);
      await page.evaluate(() => document.querySelector('giglens-badge')!.scrollIntoView());
      await page.screenshot({ path: join(TMP, `firefox-panel-visit-${visit}.png`) });
      await page.close();
    }
  });
});
