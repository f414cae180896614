// Hostile strings in a listing (script tags, event-handler attributes, javascript: URLs,
// right-to-left overrides, 500 KB titles) render inert in the badge: the same elements and
// attributes as a benign badge, the string only as text, nothing added to the page.
import { afterEach, describe, expect, it } from 'vitest';
import { panelView } from '@/components/badge/panel/panel';
import { PANEL_CSS } from '@/components/badge/panel/panel-css';
import { Badge, badgeListener } from '@/lib/content/badge';
import { PILL_CSS } from '@/lib/content/pill-css';
import type { Label } from '@/lib/model/label';
import type { Listing } from '@/lib/model/listing';
import { SOURCES } from '@/lib/rules/sources';
import { EVIDENCE_SOURCES, BASELINE_SOURCES } from '@/lib/trends/baseline-data';
import { upworkReader } from '@/lib/upwork/reader';
import { sampleListing } from '../foundation/sample-listing';
import { mountPage, runPage } from '../content/run-page';
import { HUGE, MARKUP_STRINGS, UNICODE_STRINGS, URL_JUNK } from './hostile';

const HOSTILE = [...MARKUP_STRINGS, ...UNICODE_STRINGS, URL_JUNK[0], URL_JUNK[3], 'A'.repeat(HUGE)];
const RISKY = 'script, img, iframe, svg, object, embed, style';
const listener = badgeListener({ toggled: () => undefined, star: () => undefined, outcome: () => undefined });

function labelWith(text: string, level = 'high'): Label {
  return {
    category: { id: 'writing', name: text, upwork: 'Writing', confidence: 0.5 },
    risk: { level: level as 'high', score: 70, mode: 'automation', confidence: 0.5, reasons: [{ code: 'rule', text, sources: [1] }], movesTo: [] },
  };
}

/** Tag and attribute names of every element in the badge, in order. */
const skeleton = (root: ParentNode) =>
  [...root.querySelectorAll('*')].map((el) => `${el.localName}[${[...el.attributes].map((a) => a.name).sort().join(',')}]`);

function openBadge(listing: Listing, label: Label) {
  const tile = document.createElement('article');
  document.body.append(tile);
  const badge = new Badge({ parent: tile, before: null }, 'upwork', listener);
  (badge.host.shadowRoot!.querySelector('button.pill') as HTMLElement).click();
  const tree = panelView({ listing, label, trend: null, homeCurrency: null, connects: null, seen: null });
  const pill = { key: 'upwork:x', risk: label.risk!.level, text: 'AI risk', title: '', verdict: null, star: null };
  badge.showPanel({ pill, tree, css: PANEL_CSS });
  return { tile, host: badge.host, shadow: badge.host.shadowRoot! };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('hostile strings in the badge', () => {
  it.each(HOSTILE.map((text) => ({ text, shown: JSON.stringify(text.slice(0, 40)) })))('renders $shown as text only', ({ text }) => {
    const benign = openBadge(sampleListing(), labelWith('Copywriting'));
    const expected = skeleton(benign.shadow);
    expect(expected.some((s) => s.startsWith('li['))).toBe(true);

    // Defence in depth: these values skip the schema (which caps titles at 1,000 chars).
    const listing = { ...sampleListing(), title: text } as Listing;
    const { tile, host, shadow } = openBadge(listing, labelWith(text, `high" onmouseover="alert(1)`));
    expect(skeleton(shadow)).toEqual(expected);
    expect(shadow.querySelector('li')!.firstChild!.textContent).toBe(text);
    expect(shadow.querySelector('h4 bdi')!.textContent).toBe(text);
    expect(shadow.querySelector('[role="region"]')!.getAttribute('aria-label')).toBe(`GigLens on ${text}`);
    // Nothing but the host was added to the page around it.
    expect([...tile.childNodes]).toEqual([host]);
    // The one <style> of ours in the page holds the pill's rules and nothing of the listing.
    const added = [...document.querySelectorAll(`${RISKY}, a`)];
    expect(added.map((el) => `${el.localName}${el.hasAttribute('data-giglens') ? '[data-giglens]' : ''}`)).toEqual(['style[data-giglens]']);
    expect(added[0]!.textContent).toBe(PILL_CSS);
  });
});

describe('hostile titles through the whole content pipeline', () => {
  const URL_2024_09 = new URL('https://www.upwork.com/nx/search/jobs/?q=automation');
  const OURS = new Set([...SOURCES.map((s) => s.url), ...Object.values(EVIDENCE_SOURCES).map((s) => s?.url), ...Object.values(BASELINE_SOURCES).map((s) => s.url)]);

  function realTileWithTitle(title: string): Element {
    mountPage('upwork-search-2024-09-logged-in-snippet.html');
    const tiles = [...document.querySelectorAll(upworkReader.listingSelector('search')!)];
    tiles.slice(1).forEach((t) => t.remove());
    tiles[0]!.querySelector('[data-test~="job-tile-title-link"]')!.textContent = title;
    return tiles[0]!;
  }

  it.each(MARKUP_STRINGS.map((text) => ({ text })))('a tile titled $text gets an inert badge with that title', async ({ text }) => {
    const tile = realTileWithTitle(text);
    const before = tile.querySelectorAll('*').length;
    const riskyBefore = tile.querySelectorAll(RISKY).length;
    const page = runPage(upworkReader, URL_2024_09);
    await page.settle();
    expect(tile.getAttribute('data-giglens-id')).toMatch(/^upwork:~0[0-9a-f]+$/);
    expect(tile.getAttribute('data-giglens-risk')).toMatch(/^(very-low|low|medium|high|very-high|unknown)$/);
    // One element more in the tile: the badge host; the title stayed text.
    expect(tile.querySelectorAll('*').length).toBe(before + 1);
    expect(tile.querySelectorAll(RISKY).length).toBe(riskyBefore);
    const shadow = tile.querySelector('giglens-badge')!.shadowRoot!;
    (shadow.querySelector('button.pill') as HTMLElement).click();
    await page.settle();
    expect(shadow.querySelector('[role="region"]')!.getAttribute('aria-label')).toBe(`GigLens on ${text}`);
    expect(shadow.querySelectorAll('script, img, iframe, svg').length).toBe(0);
    // The only links are the panel's bibliography, from GigLens's own data, opened apart.
    const links = [...shadow.querySelectorAll('a')];
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((a) => OURS.has(a.getAttribute('href') ?? '') && a.getAttribute('rel') === 'noopener noreferrer')).toBe(true);
    page.controller.abort();
  });

  it('a 500 KB title is refused by the contract in the background: no badge, and the tile is left as it was', async () => {
    const tile = realTileWithTitle('A'.repeat(HUGE));
    const before = tile.outerHTML;
    const page = runPage(upworkReader, URL_2024_09);
    await page.settle();
    expect(tile.querySelector('giglens-badge')).toBeNull();
    expect(tile.hasAttribute('data-giglens-id')).toBe(false);
    expect(tile.hasAttribute('data-giglens-risk')).toBe(false);
    expect(tile.outerHTML).toBe(before);
    page.controller.abort();
  });
});
