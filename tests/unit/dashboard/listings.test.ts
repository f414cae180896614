// The dashboard's listing table over the seeded history: filters, search and sort driven
// through the controls, and hostile titles shown as text.
import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { act } from 'preact/test-utils';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { seed } from '../insights/history';
import { NOW, scenario } from '../insights/scenario';
import { click, find, mount, texts, type } from '../popup/mount';

const HOSTILE = `<script>alert(1)</script><img src=x onerror=alert(2)>Translate this`;
const rows = (root: ParentNode) => [...root.querySelectorAll('[data-giglens-row]')].map((r) => r.getAttribute('data-giglens-row'));

async function listingsPage() {
  const history = scenario();
  history[0] = { ...history[0]!, title: HOSTILE };
  await seed(history);
  location.hash = '#listings';
  const root = await mount(h(Dashboard, { now: NOW }));
  await find(root, '[data-giglens-row]');
  return root;
}

describe('dashboard listings', () => {
  it('lists every listing, newest sighting first, titles as text', async () => {
    const root = await listingsPage();
    expect(rows(root)).toHaveLength(25);
    expect(texts(root, '[data-result-count]')).toEqual(['Showing 25 of 25 matching listings (25 in all).']);
    // Newest first: the five gigs and the two jobs seen again on Aug 11 09:00 (a tie, kept in
    // key order), then the job first seen on Aug 10 at 09:00.
    expect(rows(root).slice(0, 8)).toEqual([
      'fiverr:166344500', 'fiverr:194903335', 'fiverr:330406306', 'fiverr:363126253', 'fiverr:446457949',
      'upwork:~01998fcc8860d82c04', 'upwork:~01eb01b5e2c4596f06', 'upwork:~01096b9bd6447c8134',
    ]);
    const hostile = root.querySelector('[data-giglens-row="upwork:~0112806dc0c582779c"] a')!;
    expect(hostile.textContent).toBe(HOSTILE);
    expect(root.querySelector('script, img')).toBeNull();
  });

  it('filters by site, category and risk, and searches', async () => {
    const root = await listingsPage();
    const select = async (name: string, value: string) => type(root.querySelector(`[data-filter="${name}"]`)!, value);
    await select('platform', 'upwork');
    expect(rows(root)).toHaveLength(20);
    await select('category', 'Writing');
    expect(rows(root)).toHaveLength(4);
    await select('risk', 'high');
    expect(rows(root)).toEqual(['upwork:~0112806dc0c582779c', 'upwork:~019a4b48d66cdc54d6', 'upwork:~01fa1d02f2eabeb2b8']);
    await select('query', 'advertorials');
    expect(rows(root)).toEqual(['upwork:~019a4b48d66cdc54d6', 'upwork:~01fa1d02f2eabeb2b8']);
    await click(root.querySelector('.filters button')!);
    expect(rows(root)).toHaveLength(25);
    await select('payKind', 'fixed');
    await select('payMin', '1000');
    expect(rows(root)).toHaveLength(4);
    await select('from', '2026-08-10');
    expect(rows(root)).toEqual(['upwork:~01e58456ea2c09e366', 'upwork:~01828d4e1a1c9105f2']); // Aug 10 03:00, 01:00
  });

  it('sorts by a column, and again the other way', async () => {
    const root = await listingsPage();
    const pay = root.querySelector('button[data-sort="pay"]')!;
    await click(pay);
    expect(root.querySelector('th[aria-sort]')?.getAttribute('aria-sort')).toBe('descending');
    expect(rows(root)[0]).toBe('upwork:~01e58456ea2c09e366'); // $15,000
    await click(pay);
    expect(root.querySelector('th[aria-sort]')?.getAttribute('aria-sort')).toBe('ascending');
    expect(texts(root, '[data-giglens-row] td.num').filter((_, i) => i % 2 === 0).slice(0, 3)).toEqual(['From $15', 'From $15', '$20–$25/h']);
    // $20–25 and $15–30 share the $22.50 midpoint: the tie keeps the newest first.
    await click(root.querySelector('button[data-sort="title"]')!);
    expect(texts(root, '.title-cell a').slice(0, 2)).toEqual([HOSTILE, 'Build a drop-off module for shipping store application']);
  });
});

describe('dashboard sections', () => {
  it('moves between sections by the hash and marks the current one', async () => {
    await seed(scenario());
    location.hash = '#overview';
    const root = await mount(h(Dashboard, { now: NOW }));
    await find(root, '[data-section="overview"] [data-chart="risk-mix"] svg');
    expect(root.querySelector('nav a[aria-current="page"]')?.textContent).toBe('Overview');
    await act(() => {
      location.hash = '#compare';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await find(root, '[data-section="compare"]');
    expect(root.querySelector('nav a[aria-current="page"]')?.textContent).toBe('Compare periods');
  });
});
