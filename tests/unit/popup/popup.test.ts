// The popup over a seeded history: this week at a glance, best bets, saved listings, parse
// health and the quick switches, all read from (fake) IndexedDB and extension storage.
import { getListing } from '@/lib/db/listing-reads';
import { describe, expect, it, vi } from 'vitest';
import { h } from 'preact';
import { Popup } from '@/components/popup/Popup';
import { startBackground } from '@/lib/background/start';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { database } from '@/lib/db/open';
import { loadSettings } from '@/lib/settings/settings-store';
import { seed } from '../insights/history';
import { NOW, scenario } from '../insights/scenario';
import { click, find, mount, texts } from './mount';

const HOSTILE = `<img src=x onerror="alert(1)">Data entry</b>`;

async function seeded() {
  const history = scenario();
  const hostile = history.findIndex((l) => l.id === '~01eb01b5e2c4596f06');
  history[hostile] = { ...history[hostile]!, title: HOSTILE, savedAt: NOW - 1000 };
  const laravel = history.findIndex((l) => l.id === '~01998fcc8860d82c04');
  history[laravel] = { ...history[laravel]!, savedAt: NOW - 2000 };
  await seed(history, [
    { platform: 'upwork', kind: 'search', status: 'ok', health: { found: 20, parsed: 20 }, url: 'https://www.upwork.com/nx/search/jobs/?q=automation', at: NOW - 5000 },
    { platform: 'fiverr', kind: 'category', status: 'ok', health: { found: 48, parsed: 3 }, url: 'https://www.fiverr.com/categories/x', at: NOW - 4000 },
    { platform: 'upwork', kind: 'job', status: 'blocked', health: { found: 0, parsed: 0 }, url: 'https://www.upwork.com/jobs/~01', at: NOW - 3000 },
  ]);
  return history;
}

describe('popup', () => {
  it('shows this week per site, the risk mix and the categories seen most', async () => {
    await seeded();
    const root = await mount(h(Popup, { now: NOW }));
    await find(root, '[data-section="glance"]');
    expect(texts(root, '[data-week-site]')).toEqual(['12', '5']);
    expect(texts(root, '.riskmix li')).toEqual(['Very low 2', 'Low 3', 'Medium 5', 'High 3', 'Very high 3', 'Unknown 1']);
    expect(root.querySelector('.riskmix-bar')?.getAttribute('aria-label')).toBe(
      'AI risk of 17 listings: Very low 2, Low 3, Medium 5, High 3, Very high 3, Unknown 1',
    );
    expect(texts(root, '.top-categories tbody th').map((t) => t.split(' ↓')[0]!.split(' ↑')[0])).toEqual([
      'Writing', 'Web, Mobile & Software Dev', 'Sales & Marketing', 'Admin Support', 'Design & Creative',
    ]);
    // What a screen reader hears for the first row: the arrow in words.
    expect(texts(root, '.top-categories tbody th')[0]).toBe('Writing ↓ shrinking: 9.1% of Upwork posts in Jan 2023, 2.7% in Jul–Aug 2026');
    expect(texts(root, '.top-categories tbody td.num')).toEqual(['6', '4', '3', '1', '1']);
    // Market direction from the research baseline: share of Upwork posts, Jan 2023 → Jul–Aug 2026.
    expect([...root.querySelectorAll('.top-categories [data-trend]')].map((t) => t.getAttribute('data-trend'))).toEqual([
      'down', 'down', 'up', 'down', 'up',
    ]);
    expect(root.querySelector('.top-categories [data-trend]')?.getAttribute('title')).toBe(
      'Writing: 9.1% of Upwork posts in Jan 2023, 2.7% in Jul–Aug 2026',
    );
    expect(root.querySelectorAll('.top-categories svg.sparkline')).toHaveLength(5);
    expect(texts(root, '[data-platform]')).toEqual(['20', '5']);
  });

  it('lists best bets with their reason and saved listings with a link back, hostile titles as text', async () => {
    await seeded();
    const root = await mount(h(Popup, { now: NOW }));
    await find(root, '[data-bet]');
    expect([...root.querySelectorAll('[data-bet]')].map((b) => b.getAttribute('data-bet'))).toEqual([
      'upwork:~01998fcc8860d82c04', 'upwork:~01e58456ea2c09e366', 'upwork:~01096b9bd6447c8134',
    ]);
    expect(texts(root, '[data-bet] .muted')[0]).toBe(
      'Very low · 15 · $50–$70/h · pays more than or as much as 100% of 12 hourly USD listings',
    );
    const saved = [...root.querySelectorAll('[data-saved]')];
    expect(saved.map((s) => s.getAttribute('data-saved'))).toEqual(['upwork:~01eb01b5e2c4596f06', 'upwork:~01998fcc8860d82c04']);
    const link = saved[0]!.querySelector('a')!;
    expect(link.textContent).toBe(HOSTILE);
    expect(link.getAttribute('href')).toMatch(/^https:\/\/www\.upwork\.com\/jobs\/.*~01eb01b5e2c4596f06/);
    expect(root.querySelector('img')).toBeNull();
    expect(texts(saved[0]!, '.row span')).toEqual(['Very high · 90', 'Admin Support', '$450']);
  });

  it('says plainly when a page was blocked or a layout changed', async () => {
    await seeded();
    const root = await mount(h(Popup, { now: NOW }));
    await find(root, '[data-health]');
    // Health notices only: the plan card's invitation is also a notice and may load first or last.
    const notices = texts(root, '.notice[data-health]');
    expect(notices).toHaveLength(2);
    expect(notices[0]).toMatch(/^Upwork showed a security check or login wall instead of the job page/);
    expect(notices[1]).toMatch(/^Fiverr's category page may have changed its layout: GigLens read 3 of 48 listings/);
    expect(root.querySelector('[data-health="problem"]')?.getAttribute('role')).toBe('alert');
  });

  it('removes a saved listing through the background, the only writer', async () => {
    // The fake browser has no ports (the content scripts' port is tested with pagePort).
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => undefined);
    startBackground();
    await seeded();
    const root = await mount(h(Popup, { now: NOW }));
    const remove = await find(root, '[data-saved="upwork:~01998fcc8860d82c04"] button');
    await click(remove);
    await vi.waitFor(async () => {
      const stored = await getListing(await database(), 'upwork', '~01998fcc8860d82c04');
      expect(stored?.savedAt).toBeUndefined();
    });
    await vi.waitFor(() => expect(root.querySelectorAll('[data-saved]')).toHaveLength(1));
  });

  it('switches a site off and dims high-risk listings through the settings store', async () => {
    const root = await mount(h(Popup, { now: NOW }));
    const fiverr = await find<HTMLInputElement>(root, '[data-switch="fiverr"]');
    expect(fiverr.checked).toBe(true);
    await click(fiverr);
    await click(await find(root, '[data-switch="dim"]'));
    await vi.waitFor(async () => {
      const s = await loadSettings();
      expect(s.sites).toEqual({ upwork: { enabled: true }, fiverr: { enabled: false } });
      expect(s.dimHighRisk).toBe(true);
    });
  });

  it('says what to do when nothing was seen yet', async () => {
    const root = await mount(h(Popup, { now: NOW }));
    await find(root, '[data-section="saved"]');
    expect(texts(root, 'main p.muted')).toEqual(
      expect.arrayContaining([
        'No Upwork or Fiverr page read yet.',
        'No listings this week yet.',
        "Best bets appear once this week's listings have an AI-risk label and a stated pay.",
        'Nothing saved: the ☆ on a GigLens badge keeps a listing here.',
      ]),
    );
    expect(root.querySelector('a.to-dashboard')?.getAttribute('href')).toMatch(/dashboard\.html$/);
  });
});
