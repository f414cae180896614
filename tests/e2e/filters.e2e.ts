// Filters in a live page (issue 14), on a saved Upwork feed and a saved Fiverr category page:
// fold and fade apply, the popup counts them for the tab, "Show" and "show all" and switching
// filters off restore the page exactly (same elements, same order), keyboard focus still
// works, and a tile appended to the live feed is filtered as it appears.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { annotations, leavingRequests, patchSettings, startSession, type Session } from './harness';

const PAGES = [
  {
    file: 'upwork-feed-best-matches-2025-snippet.html',
    tiles: 30,
    filters: { upwork: [{ kind: 'risk', on: true, action: 'fold', level: 'high' }, { kind: 'verdict-skip', on: true, action: 'fade' }] },
    appends: true,
  },
  {
    file: 'fiverr-category-logo-design-2025-08.html',
    tiles: 48,
    filters: { fiverr: [{ kind: 'rating-below', on: true, action: 'fold', below: 4.9 }, { kind: 'risk', on: true, action: 'fade', level: 'high' }] },
    appends: false,
  },
];

/** Every element of the page in document order, as tag names (GigLens's own hosts left out,
 *  they come and go with badges), and each tile's children. */
const shape = (page: Page) =>
  page.evaluate(() => ({
    all: [...document.body.querySelectorAll('*')].filter((e) => !e.localName.startsWith('giglens-')).map((e) => e.localName).join(','),
    tiles: [...document.querySelectorAll('[data-giglens-id]')].map((t) => `${t.getAttribute('data-giglens-id')}:${t.children.length}`),
  }));
const filtered = (page: Page) =>
  page.evaluate(() => ({
    fade: document.querySelectorAll('[data-giglens-filter="fade"]').length,
    fold: document.querySelectorAll('[data-giglens-filter="fold"]').length,
  }));

describe('filters in the page', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    expect(leavingRequests((await session?.close()) ?? [])).toEqual([]);
  });

  it.each(PAGES)('$file: fold, fade, count, show, show all and off', async ({ file, tiles, filters, appends }) => {
    const page = await session.open(file);
    await annotations(page, tiles);
    // Stored replies (verdicts, stars) settle before the page is measured.
    await page.waitForTimeout(300);
    const before = await shape(page);
    const settings = await session.extensionPage('dashboard.html');
    await patchSettings(settings, { filters: { enabled: true, ...filters } });
    await page.waitForFunction(() => document.querySelectorAll('[data-giglens-filter="fold"]').length > 0);
    await page.waitForTimeout(300);
    const on = await filtered(page);
    expect(on.fade).toBeGreaterThan(0);
    expect(on.fold).toBeGreaterThan(0);

    // A folded tile: our one line first, the page's children hidden, still in place.
    const fold = await page.evaluate(() => {
      const tile = document.querySelector('[data-giglens-filter="fold"]')!;
      const line = tile.firstElementChild!;
      const hidden = [...tile.children].slice(1).every((c) => getComputedStyle(c).display === 'none');
      return { tag: line.localName, text: line.shadowRoot!.textContent, hidden, height: tile.getBoundingClientRect().height };
    });
    expect(fold.tag).toBe('giglens-fold');
    expect(fold.text).toMatch(/Folded by your filter: .+Show$/);
    expect(fold.hidden).toBe(true);
    expect(fold.height).toBeLessThan(80);
    await page.mouse.move(0, 0);
    await page.waitForTimeout(400);
    const opacities = await page.$$eval('[data-giglens-filter="fade"]', (els) => els.map((e) => getComputedStyle(e).opacity));
    expect(new Set(opacities)).toEqual(new Set(['0.4']));

    // The popup, asked about this tab, counts what the page shows.
    const tabId = await settings.evaluate(async (url) => (await (globalThis as unknown as { chrome: typeof browser }).chrome.tabs.query({ url }))[0]!.id!, page.url());
    const popup = await session.extensionPage(`popup.html?tab=${tabId}`);
    const count = popup.locator('[data-filter-count]');
    await count.waitFor();
    expect(Number(await count.getAttribute('data-filter-count'))).toBe(on.fade + on.fold);
    expect(Number(await count.getAttribute('data-filter-total'))).toBe(tiles);

    // "Show" by keyboard: focus the button, Enter, and focus lands in the tile (its first link).
    await page.evaluate(() => (document.querySelector('giglens-fold')!.shadowRoot!.querySelector('button') as HTMLElement).focus());
    await page.keyboard.press('Enter');
    expect((await filtered(page)).fold).toBe(on.fold - 1);
    expect(await page.evaluate(() => document.activeElement?.closest('[data-giglens-id]') !== null)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);

    if (appends) {
      // The feed loads one more tile: a copy of a folded one, as a new job.
      await page.evaluate(() => {
        const tile = document.querySelector('[data-giglens-filter="fold"]')!;
        const id = tile.getAttribute('data-giglens-id')!.split(':')[1]!;
        const copy = tile.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('giglens-badge, giglens-fold').forEach((e) => e.remove());
        for (const a of ['data-giglens-id', 'data-giglens-risk', 'data-giglens-filter']) copy.removeAttribute(a);
        copy.innerHTML = copy.innerHTML.split(id).join('~0199999999999999999');
        copy.id = 'appended';
        tile.parentElement!.append(copy);
      });
      await page.waitForFunction(() => document.getElementById('appended')?.getAttribute('data-giglens-filter') === 'fold');
      await page.evaluate(() => document.getElementById('appended')!.remove());
    }

    // "Show all on this tab" from the popup.
    await popup.reload();
    await popup.locator('[data-action="show-all"]').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-giglens-filter]').length === 0);
    expect(await shape(page)).toEqual(before);
    await popup.close();

    // Rules changed: filtered again; filters off: the page exactly as before.
    await patchSettings(settings, { filters: { enabled: true, ...filters, upwork: [...(filters.upwork ?? []), { kind: 'proposals', on: false }] } });
    await page.waitForFunction((n) => document.querySelectorAll('[data-giglens-filter]').length === n, on.fade + on.fold);
    await patchSettings(settings, { filters: { enabled: false, ...filters } });
    await page.waitForFunction(() => document.querySelectorAll('[data-giglens-filter]').length === 0);
    expect(await shape(page)).toEqual(before);
    await settings.close();
    await page.close();
  });
});
