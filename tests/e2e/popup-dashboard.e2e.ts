// Popup and dashboard in Chromium over data gathered from the real saved pages of both sites:
// axe-core finds no violation in light and dark, the share exports open, and screenshots go
// to tests/e2e/.tmp/ for a person to look at.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotations, leavingRequests, startSession, TMP, type Session } from './harness';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const PAGES = [
  { file: 'upwork-search-2024-09-logged-in-snippet.html', count: 20 },
  { file: 'upwork-search-2024-08-logged-in.html', count: 20 },
  { file: 'fiverr-search-2025-08.html', count: 27 },
  { file: 'fiverr-category-logo-design-2025-08.html', count: 48 },
];

/** axe-core evaluated through the DevTools protocol: the extension page's CSP forbids
 *  injected script tags, and must stay that way. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run({
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
  });
  return violations;
}

const shot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: join(TMP, `${name}.png`), fullPage });

async function section(page: Page, id: string): Promise<void> {
  await page.click(`nav.dash-nav a[href="#${id}"]`);
  await page.waitForSelector(`[data-section="${id}"]`);
}

describe('popup and dashboard in Chromium', () => {
  let session: Session;
  /** Distinct listings the pages annotated, per site (a gig shown twice on a page counts once). */
  const ids = { upwork: new Set<string>(), fiverr: new Set<string>() };
  const total = () => ids.upwork.size + ids.fiverr.size;
  beforeAll(async () => {
    session = await startSession();
    for (const p of PAGES) {
      const page = await session.open(p.file);
      for (const a of await annotations(page, p.count)) ids[a.id.startsWith('upwork:') ? 'upwork' : 'fiverr'].add(a.id);
      if (p.file.startsWith('upwork-search-2024-09')) {
        // Star two listings from their badges: the popup lists saved listings.
        // The star ☆ is made when the pointer comes to the badge.
        for (const n of [0, 3]) {
          const badge = page.locator('giglens-badge').nth(n);
          await badge.hover();
          await badge.locator('button.star').click();
        }
        await page.waitForFunction(() => document.querySelectorAll('giglens-badge').length > 0);
        await page.waitForTimeout(300);
      }
      await page.close();
    }
    // A bot check: the popup must say so plainly.
    const blocked = await session.open('upwork-challenge-2026-08.html');
    await blocked.waitForTimeout(800);
    await blocked.close();
  });
  afterAll(async () => {
    expect(leavingRequests((await session?.close()) ?? [])).toEqual([]);
  });

  it('popup: this week, best bets, saved, health; axe-clean in light and dark', async () => {
    const popup = await session.extensionPage('popup.html');
    await popup.setViewportSize({ width: 400, height: 900 });
    await popup.waitForSelector('[data-section="glance"]');
    await popup.waitForSelector('[data-switch="upwork"]');
    expect(await popup.textContent('[data-week-site="upwork"]')).toBe(String(ids.upwork.size));
    expect(await popup.textContent('[data-week-site="fiverr"]')).toBe(String(ids.fiverr.size));
    expect(await popup.locator('[data-saved]').count()).toBe(2);
    expect(await popup.locator('[data-bet]').count()).toBe(3);
    expect(await popup.locator('.top-categories tbody tr').count()).toBeGreaterThan(0);
    expect(await popup.textContent('.notice.problem')).toMatch(/^Upwork showed a security check or login wall/);
    await shot(popup, 'popup-light');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    await shot(popup, 'popup-dark');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('dashboard: every section axe-clean in light and dark, with screenshots', async () => {
    const dash = await session.extensionPage('dashboard.html');
    await dash.waitForSelector('[data-chart="risk-mix"] svg');
    expect(await dash.textContent('[data-figure="listings"] dd')).toBe(String(total()));
    for (const scheme of ['light', 'dark'] as const) {
      await dash.emulateMedia({ colorScheme: scheme });
      await section(dash, 'overview');
      await dash.waitForSelector('[data-chart="risk-mix"] svg');
      await shot(dash, `dashboard-overview-${scheme}`);
      expect(await axeViolations(dash)).toEqual([]);
      for (const id of ['listings', 'compare', 'connects', 'share', 'datasets', 'settings']) {
        await section(dash, id);
        await shot(dash, `dashboard-${id}-${scheme}`, id !== 'listings');
        expect(await axeViolations(dash), `${id} in ${scheme}`).toEqual([]);
      }
    }
    await dash.close();
  });

  it('dashboard table: filters, search and sort', async () => {
    const dash = await session.extensionPage('dashboard.html#listings');
    await dash.waitForSelector('[data-giglens-row]');
    expect(new Set(await dash.locator('[data-giglens-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-giglens-row'))))).toEqual(
      new Set([...ids.upwork, ...ids.fiverr]),
    );
    await dash.selectOption('[data-filter="platform"]', 'fiverr');
    expect(await dash.locator('[data-giglens-row]').count()).toBe(ids.fiverr.size);
    await dash.fill('[data-filter="query"]', 'logo');
    const logo = await dash.locator('[data-giglens-row]').count();
    expect(logo).toBeGreaterThan(0);
    expect(logo).toBeLessThan(ids.fiverr.size);
    await dash.click('button[data-sort="pay"]');
    await dash.click('button[data-sort="pay"]');
    expect(await dash.getAttribute('th[aria-sort]', 'aria-sort')).toBe('ascending');
    await shot(dash, 'dashboard-listings-filtered', false);
    await dash.close();
  });

  it('keyboard: skip link, sections and sort by keys alone, with a visible focus ring', async () => {
    const dash = await session.extensionPage('dashboard.html');
    await dash.waitForSelector('[data-chart="risk-mix"] svg');
    const focused = () =>
      dash.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { text: el.textContent?.trim() ?? '', outline: `${style.outlineStyle} ${style.outlineWidth}`, top: el.getBoundingClientRect().top };
      });
    await dash.keyboard.press('Tab');
    const skip = await focused();
    expect(skip.text).toBe('Skip to the content');
    expect(skip.outline).toBe('solid 2px');
    expect(skip.top).toBeGreaterThanOrEqual(0);
    await shot(dash, 'keyboard-skip-link', false);
    // Source picker, Present, then the section links.
    for (let i = 0; i < 4; i++) await dash.keyboard.press('Tab');
    expect((await focused()).text).toBe('Listings');
    await dash.keyboard.press('Enter');
    await dash.waitForSelector('[data-section="listings"]');
    await dash.focus('button[data-sort="title"]');
    await dash.keyboard.press('Enter');
    expect(await dash.getAttribute('th[aria-sort]', 'aria-sort')).toBe('ascending');
    expect((await focused()).outline).toBe('solid 2px');
    await shot(dash, 'keyboard-sort-focus', false);
    await dash.close();
  });

  it('presentation mode: arrow keys move one chart a screen, Escape leaves', async () => {
    const dash = await session.extensionPage('dashboard.html');
    await dash.waitForSelector('[data-chart="risk-mix"] svg');
    await dash.click('button:has-text("Present")');
    await dash.waitForSelector('[data-presentation]');
    await shot(dash, 'present-1-summary', false);
    await dash.keyboard.press('ArrowRight');
    await dash.waitForSelector('[data-slide="1"] [data-chart="risk-mix"]');
    await shot(dash, 'present-2-risk-mix', false);
    await dash.keyboard.press('ArrowRight');
    await dash.waitForSelector('[data-slide="2"] [data-chart="category-share"]');
    await shot(dash, 'present-3-category-share', false);
    expect(await axeViolations(dash)).toEqual([]);
    await dash.keyboard.press('End');
    expect(await dash.textContent('[data-slide-count]')).toBe('8 / 8');
    await dash.keyboard.press('Escape');
    await dash.waitForSelector('[data-section="overview"]');
    await dash.close();
  });

  it('share: the HTML report opens offline without scripts; a chart saves as PNG', async () => {
    const dash = await session.extensionPage('dashboard.html#share');
    await dash.waitForSelector('[data-share="report"]');
    const [report] = await Promise.all([dash.waitForEvent('download'), dash.click('[data-share="report"]')]);
    const html = readFileSync((await report.path())!, 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('anonymised: no client or seller details, no links');
    expect(html).not.toMatch(/href="https:\/\/www\.(upwork|fiverr)\.com\//);
    const file = join(TMP, 'report.html');
    writeFileSync(file, html);
    const view = await session.context.newPage();
    await view.goto(`file://${file}`);
    expect(await view.locator('figure svg').count()).toBeGreaterThan(2);
    expect(await view.locator('table.listings tbody tr').count()).toBe(total());
    await shot(view, 'report-light', false);
    await view.close();

    await dash.click('nav.dash-nav a[href="#overview"]');
    await dash.waitForSelector('[data-chart="risk-mix"] svg');
    const [png] = await Promise.all([dash.waitForEvent('download'), dash.click('[data-chart="risk-mix"] button.export-png')]);
    const bytes = readFileSync((await png.path())!);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    writeFileSync(join(TMP, 'chart-risk-mix.png'), bytes);
    await dash.close();
  });

  it('datasets: an exported view imports as a separate dataset, viewed alone', async () => {
    const dash = await session.extensionPage('dashboard.html#share');
    await dash.waitForSelector('[data-share="json"]');
    await dash.uncheck('[data-share="anonymise"]');
    const [json] = await Promise.all([dash.waitForEvent('download'), dash.click('[data-share="json"]')]);
    const exported = (await json.path())!;
    await section(dash, 'datasets');
    await dash.fill('[data-import="name"]', 'Class of August <b>');
    await dash.setInputFiles('[data-import="files"]', { name: 'class.json', mimeType: 'application/json', buffer: readFileSync(exported) });
    await dash.click('[data-import="go"]');
    await expect(dash.textContent('[data-import-message]')).resolves.toBe(
      `Imported ${total()} listings as “Class of August <b>”. Your own history is unchanged.`,
    );
    await dash.click('[data-dataset="Class of August <b>"] button:has-text("View")');
    await dash.waitForSelector('[data-viewing-dataset]');
    expect(await dash.textContent('[data-figure="listings"] dd')).toBe(String(total()));
    await shot(dash, 'dashboard-dataset-view', false);
    expect(await axeViolations(dash)).toEqual([]);
    // The user's own history is untouched: nothing added, nothing duplicated.
    const popup = await session.extensionPage('popup.html');
    await popup.waitForSelector('[data-giglens-counts]');
    expect(await popup.textContent('[data-platform="upwork"]')).toBe(String(ids.upwork.size));
    expect(await popup.textContent('[data-platform="fiverr"]')).toBe(String(ids.fiverr.size));
    await dash.close();
  });
});
