// A listing shown again in the same tab (the feed re-renders or virtualises its list) gets its
// band from the pill the tab remembers, in the same turn that shows it, before any reply; a
// listing never seen waits for the background. The cache is bounded and forgets on request.
import { describe, expect, it } from 'vitest';
import { ID_ATTR, RISK_ATTR } from '@/lib/content/annotate';
import { BADGE_TAG } from '@/lib/content/badge';
import { cachedPill, forgetPills, rememberPill } from '@/lib/content/pill-cache';
import type { Pill } from '@/lib/model/view';
import { upworkReader } from '@/lib/upwork/reader';
import { fixtureUrls } from '../../fixtures';
import { mountPage, runPage } from './run-page';

const FILE = 'upwork-search-2024-08-logged-in.html';
const url = fixtureUrls().find((f) => f.file === FILE)!.url;

/** The tile as the site would render it again: the same markup, none of ours. */
function rerendered(tile: Element): Element {
  const copy = tile.cloneNode(true) as Element;
  copy.querySelectorAll(BADGE_TAG).forEach((b) => b.remove());
  for (const a of [...copy.attributes]) if (a.name.startsWith('data-giglens-')) copy.removeAttribute(a.name);
  return copy;
}

const turns = async (n: number) => {
  for (let i = 0; i < n; i++) await Promise.resolve();
};

describe('pills remembered by the tab', () => {
  it('a re-rendered listing is banded before any reply; a new one is not', async () => {
    mountPage(FILE);
    const page = runPage(upworkReader, new URL(url));
    await page.settle();
    const tiles = [...page.shown].map((i) => i.element).slice(0, 4);
    expect(tiles.length).toBe(4);
    const bands = tiles.map((t) => t.getAttribute(RISK_ATTR));
    expect(bands.every((b) => b && b !== 'wait')).toBe(true);

    // A tile whose link names a job never seen: same markup, a new id.
    const fresh = rerendered(tiles[0]!);
    for (const a of fresh.querySelectorAll('a[href*="~0"]')) a.setAttribute('href', a.getAttribute('href')!.replace(/~0[0-9a-f]+/i, '~01999999999999999999'));
    const copies = tiles.map(rerendered);
    // One at a time, as a feed re-renders a tile: each is banded in the turns that show it, with
    // the same band and key as before, no reply awaited.
    for (const [n, tile] of tiles.entries()) {
      tile.replaceWith(copies[n]!);
      await turns(20);
      expect(copies[n]!.getAttribute(RISK_ATTR)).toBe(bands[n]);
      expect(copies[n]!.getAttribute(ID_ATTR)).toBe(tile.getAttribute(ID_ATTR));
    }
    copies[0]!.after(fresh);
    await turns(20);
    expect(fresh.querySelector(BADGE_TAG)).not.toBeNull();
    expect(fresh.hasAttribute(RISK_ATTR)).toBe(false);
    await page.settle();
    // The background's answer agrees with what the tab remembered, and the new job has its own.
    expect(copies.map((c) => c.getAttribute(RISK_ATTR))).toEqual(bands);
    expect(fresh.getAttribute(ID_ATTR)).toBe('upwork:~01999999999999999999');
    expect(fresh.getAttribute(RISK_ATTR)).toMatch(/^(very-low|low|medium|high|very-high|unknown)$/);
    page.controller.abort();
  });

  it('keeps the last 200 used, forgets a refused listing, and forgets everything when asked (as run.ts does on a settings change)', () => {
    forgetPills();
    const pill = (n: number) => ({ key: `upwork:${n}`, risk: 'low', text: `AI risk: Low · ${n}`, title: '', verdict: null, star: null }) as Pill;
    for (let n = 0; n < 201; n++) rememberPill(String(n), pill(n));
    expect(cachedPill('0')).toBeUndefined();
    expect(cachedPill('1')?.text).toBe('AI risk: Low · 1');
    rememberPill('1', pill(1)); // used again: now the newest
    rememberPill('201', pill(201));
    expect(cachedPill('1')).toBeDefined();
    expect(cachedPill('2')).toBeUndefined();
    rememberPill('1', null);
    expect(cachedPill('1')).toBeUndefined();
    forgetPills();
    expect(cachedPill('200')).toBeUndefined();
  });
});
