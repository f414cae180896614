// Issue 17 in Chromium: the user types a profile in the dashboard's settings, browses the real
// saved Upwork pages, and each badge's panel says how the job fits their skills; the dashboard's
// pivot plan shows their categories and the growing work within reach from what they saw, the
// offline report prints it, and axe-core finds no violation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { annotations, leavingRequests, startSession, TMP, type Session } from './harness';

const PAGES = [
  { file: 'upwork-search-2024-08-logged-in.html', count: 20 },
  { file: 'upwork-search-2024-09-logged-in-snippet.html', count: 20 },
  { file: 'upwork-feed-best-matches-2025-snippet.html', count: 30 },
  { file: 'upwork-search-2026-02-logged-in-raw.html', count: 10 },
  { file: 'upwork-search-2026-05-logged-out.html', count: 10 },
];
const SKILLS = ['Python', 'JS', 'web scraping', 'Zapier'];
const CATEGORIES = ['scripts-automation', 'data-entry'];

const shot = (page: Page, name: string) => page.screenshot({ path: join(TMP, `fit-${name}.png`), fullPage: true });

async function section(page: Page, id: string): Promise<void> {
  await page.click(`nav.dash-nav a[href="#${id}"]`);
  await page.waitForSelector(`[data-section="${id}"]`);
}

describe('fit and pivot plan in Chromium', () => {
  let session: Session;
  let dash: Page;
  beforeAll(async () => {
    session = await startSession();
    dash = await session.extensionPage('dashboard.html');
  });
  afterAll(async () => {
    expect(leavingRequests((await session?.close()) ?? [])).toEqual([]);
  });

  it('sets a profile in the dashboard settings: skills with their normalised names, categories, rate', async () => {
    await section(dash, 'settings');
    const form = dash.locator('[data-profile-form]');
    await form.locator('[data-profile-input="skill"]').fill(SKILLS.join(', '));
    await form.locator('[data-profile-action="add-skill"]').click();
    await expect(form.locator('[data-profile-skill]').count()).resolves.toBe(SKILLS.length);
    await expect(form.locator('[data-profile-skill="JS"] [data-counts-as]').textContent()).resolves.toContain('JavaScript');
    for (const id of CATEGORIES) {
      await form.locator('[data-profile-input="category"]').selectOption(id);
      await form.locator('[data-profile-action="add-category"]').click();
    }
    await form.locator('[data-profile-input="hourly"]').fill('35');
    await form.locator('[data-profile-input="currency"]').fill('USD');
    await form.locator('[data-profile-action="save"]').click();
    await form.locator('[data-profile-saved]').waitFor();
    const stored = await dash.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
      return ((await api.storage.local.get('settings')) as { settings: { profile: unknown } }).settings.profile;
    });
    expect(stored).toEqual({ skills: SKILLS, categories: CATEGORIES, rate: { hourly: 35, currency: 'USD' } });
    await expect(axeViolations(dash)).resolves.toEqual([]);
  });

  it('the badge panel on saved Upwork pages says which of the job\'s skills the user has', async () => {
    let withFit = 0;
    let withWord = 0;
    for (const p of PAGES) {
      const page = await session.open(p.file);
      await annotations(page, p.count);
      // Every tile that names skills carries a fit word on its pill; the others none.
      const words = await page.locator('giglens-badge').evaluateAll((els) =>
        els.map((e) => e.shadowRoot?.querySelector('abbr:not([hidden])')?.textContent ?? null),
      );
      expect(words.filter((w) => w !== null).every((w) => /^fit \d+\/\d+$/.test(w!))).toBe(true);
      withWord += words.filter((w) => w !== null).length;
      if (p.file.startsWith('upwork-search-2024-08')) {
        // The first tile asking for Python: its panel names what the user has and misses.
        const badge = page.locator('giglens-badge').first();
        await badge.locator('button.pill').click();
        const fit = badge.locator('.fit');
        await fit.waitFor();
        const [have, total] = (await fit.getAttribute('data-giglens-fit'))!.split('/').map(Number);
        expect(total).toBeGreaterThan(0);
        expect(have).toBeGreaterThanOrEqual(0);
        expect(have).toBeLessThanOrEqual(total!);
        await expect(fit.textContent()).resolves.toContain(`${have} of its ${total}`);
        // The pill itself says it in two words, the sentence as its tooltip.
        await expect(badge.locator('abbr').textContent()).resolves.toBe(`fit ${have}/${total}`);
        await expect(badge.locator('abbr').getAttribute('title')).resolves.toBe(`You have ${have} of its ${total} skills`);
        await expect(axeViolations(page, 'giglens-badge')).resolves.toEqual([]);
        await page.locator('[data-giglens-id]').first().screenshot({ path: join(TMP, 'fit-panel.png') });
        withFit++;
      }
      await page.close();
    }
    expect(withFit).toBe(1);
    // 99 of the saved Upwork listings name skills; most of them are on these pages.
    expect(withWord).toBeGreaterThan(50);
  });

  it('the dashboard shows the plan from what was seen, with counts, and the report prints it', async () => {
    await dash.reload();
    await section(dash, 'plan');
    const mine = dash.locator('[data-plan-mine]');
    await mine.first().waitFor();
    await expect(mine.evaluateAll((els) => els.map((e) => e.getAttribute('data-plan-mine')))).resolves.toEqual(CATEGORIES);
    const targets = dash.locator('[data-plan-target]');
    expect(await targets.count()).toBeGreaterThan(0);
    // Every target says what it rests on: figures with listing counts, or "too few seen yet".
    for (const text of await targets.allTextContents()) expect(text).toMatch(/\d+ (listings|of 20)|[Tt]oo few seen yet/);
    await expect(axeViolations(dash)).resolves.toEqual([]);
    await shot(dash, 'plan');
    const shown = await targets.evaluateAll((els) => els.map((e) => e.getAttribute('data-plan-target')));

    // The offline report of the user's history prints the same plan.
    await section(dash, 'share');
    const [report] = await Promise.all([dash.waitForEvent('download'), dash.click('[data-share="report"]')]);
    const html = readFileSync((await report.path())!, 'utf8');
    const printed = [...html.matchAll(/<tr data-plan-mine="([^"]+)"/g)].map((m) => m[1]);
    expect(printed).toEqual(CATEGORIES);
    expect(html).toContain('data-plan-report="own"');
    expect([...html.matchAll(/<li data-plan-target="([^"]+)"/g)].map((m) => m[1])).toEqual(shown);
    expect(html).not.toMatch(/<script/i);
  });

  it('the popup\'s card names the most exposed category and the nearest moves', async () => {
    const popup = await session.extensionPage('popup.html');
    const card = popup.locator('[data-section="plan-card"]');
    await card.locator('[data-plan-card-risk]').waitFor();
    // Data entry starts at 88 (very high), scripts and automation at 68: data entry is named.
    await expect(card.locator('[data-plan-card-risk]').getAttribute('data-plan-card-risk')).resolves.toBe('data-entry');
    expect(await card.locator('[data-plan-card-target]').count()).toBeGreaterThan(0);
    await expect(axeViolations(popup)).resolves.toEqual([]);
    await popup.screenshot({ path: join(TMP, 'fit-popup.png'), fullPage: true });
    await popup.close();
  });

  it('coach mode: a class dataset and a profile typed in give a plan with figures, never saved', async () => {
    // The class: this history exported, and a second student's export of as many other jobs
    // (the same real posts under other ids), so the larger categories pass 20 listings.
    await section(dash, 'share');
    await dash.uncheck('[data-share="anonymise"]');
    const [json] = await Promise.all([dash.waitForEvent('download'), dash.click('[data-share="json"]')]);
    const mine = readFileSync((await json.path())!, 'utf8');
    const other = JSON.stringify({
      ...JSON.parse(mine),
      listings: (JSON.parse(mine) as { listings: { id: string; url: string }[] }).listings.map((l) => ({ ...l, id: `${l.id}9`, url: `${l.url}9` })),
    });
    await section(dash, 'datasets');
    await dash.fill('[data-import="name"]', 'Class of December');
    await dash.setInputFiles('[data-import="files"]', [
      { name: 'student-a.json', mimeType: 'application/json', buffer: Buffer.from(mine) },
      { name: 'student-b.json', mimeType: 'application/json', buffer: Buffer.from(other) },
    ]);
    await dash.click('[data-import="go"]');
    await dash.waitForSelector('[data-dataset="Class of December"]');

    await section(dash, 'plan');
    await dash.selectOption('[data-plan-source]', 'dataset:Class of December');
    const coach = dash.locator('[data-plan-coach="Class of December"]');
    await coach.locator('[data-plan-coach-rows]').waitFor();
    await coach.locator('[data-profile-input="skill"]').fill('Python, web scraping');
    await coach.locator('[data-profile-action="add-skill"]').click();
    await coach.locator('[data-profile-input="category"]').selectOption('scripts-automation');
    await coach.locator('[data-profile-action="add-category"]').click();
    const card = coach.locator('[data-plan-mine="scripts-automation"]');
    await card.locator('[data-plan-fit]').waitFor();
    // Figures now, each with what it rests on: 38 listings with skills (19 per student).
    const fit = Number(await card.locator('[data-plan-fit]').getAttribute('data-plan-fit'));
    expect(fit).toBeGreaterThan(0);
    expect(fit).toBeLessThan(1);
    await expect(card.locator('[data-plan-fit]').textContent()).resolves.toMatch(/\b38\b/);
    // The common skills, each marked as had exactly when it is one of the typed skills.
    const rows = await card.locator('[data-plan-skill]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-plan-skill'), e.getAttribute('data-have')]));
    expect(rows.length).toBeGreaterThan(0);
    for (const [key, have] of rows) expect([key, have]).toEqual([key, ['python', 'webscraping'].includes(key!) ? 'yes' : 'no']);
    await expect(axeViolations(dash)).resolves.toEqual([]);
    await shot(dash, 'coach');
    // Printable: the report of the dataset with the typed-in profile, figures included.
    const [download] = await Promise.all([dash.waitForEvent('download'), coach.locator('[data-plan-action="print"]').click()]);
    const html = readFileSync((await download.path())!, 'utf8');
    expect(html).toContain('data-plan-report="dataset"');
    expect(html).toMatch(/<tr data-plan-mine="scripts-automation">[^]*?38/);
    expect(html).toContain('<bdi>web scraping</bdi>');
    expect(html).not.toMatch(/<script/i);
    // The typed profile stays out of the settings.
    const stored = await dash.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
      return ((await api.storage.local.get('settings')) as { settings: { profile: { skills: string[] } } }).settings.profile.skills;
    });
    expect(stored).toEqual(SKILLS);
  });
});
