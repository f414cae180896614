// Hostile strings in a listing (script tags, event-handler attributes, javascript: URLs,
// right-to-left overrides, 500 KB titles) render inert in the badge: the same elements and
// attributes as a benign badge, the string only as text, nothing added to the page.
import { SOURCES } from '@/lib/rules/sources';
import { afterEach, describe, expect, it } from 'vitest';
import { annotate } from '@/lib/content/annotate';
import { mountBadge } from '@/lib/content/mount-badge';
import type { Label } from '@/lib/model/label';
import type { Listing } from '@/lib/model/listing';
import { upwork } from '@/lib/upwork/adapter';
import { readPage } from '../../fixtures';
import { sampleListing } from '../foundation/sample-listing';
import { HUGE, MARKUP_STRINGS, UNICODE_STRINGS, URL_JUNK } from './hostile';

const HOSTILE = [...MARKUP_STRINGS, ...UNICODE_STRINGS, URL_JUNK[0], URL_JUNK[3], 'A'.repeat(HUGE)];
const RISKY = 'script, img, iframe, svg, object, embed, style';
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function labelWith(text: string, level = 'high'): Label {
  return {
    category: { id: 'writing', name: text, upwork: 'Writing', confidence: 0.5 },
    risk: {
      level: level as 'high',
      score: 70,
      mode: 'automation',
      confidence: 0.5,
      reasons: [{ code: 'rule', text, sources: [1] }],
      movesTo: [],
    },
  };
}

/** Tag and attribute names of every element in the badge, in order. */
const skeleton = (root: ParentNode) =>
  [...root.querySelectorAll('*')].map((el) => `${el.localName}[${[...el.attributes].map((a) => a.name).sort().join(',')}]`);

async function openBadge(listing: Listing, label: Label) {
  const tile = document.createElement('article');
  document.body.append(tile);
  mountBadge({ parent: tile, before: null }, { listing, label, insight: null, onStar: () => undefined });
  const host = tile.querySelector('giglens-badge')!;
  const shadow = host.shadowRoot!;
  (shadow.querySelector('button.pill') as HTMLElement).click();
  await tick();
  return { tile, host, shadow };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('hostile strings in the badge', () => {
  it.each(HOSTILE.map((text) => ({ text, shown: JSON.stringify(text.slice(0, 40)) })))(
    'renders $shown as text only',
    async ({ text }) => {
      const benign = await openBadge(sampleListing(), labelWith('Copywriting'));
      const expected = skeleton(benign.shadow);
      expect(expected.some((s) => s.startsWith('li['))).toBe(true);

      // Defence in depth: these values skip the schema (which caps titles at 1,000 chars).
      const listing = { ...sampleListing(), title: text } as Listing;
      const { tile, host, shadow } = await openBadge(listing, labelWith(text, `high" onmouseover="alert(1)`));
      expect(skeleton(shadow)).toEqual(expected);
      expect(shadow.querySelector('li')!.firstChild!.textContent).toBe(text);
      expect(shadow.querySelector('h4')!.firstChild!.textContent).toBe(text);
      expect(shadow.querySelector('[role="region"]')!.getAttribute('aria-label')).toBe(`GigLens on ${text}`);
      // Nothing but the host was added to the page around it.
      expect([...tile.childNodes]).toEqual([host]);
      expect(document.querySelectorAll(`${RISKY}, a`).length).toBe(0);
    },
  );
});

describe('hostile titles through the whole content pipeline', () => {
  const URL_2024_09 = new URL('https://www.upwork.com/nx/search/jobs/?q=automation');

  function realTileWithTitle(title: string): Element {
    document.body.innerHTML = new DOMParser().parseFromString(readPage('upwork-search-2024-09-logged-in-snippet.html'), 'text/html').body.innerHTML;
    const tile = document.querySelector(upwork.listingSelector('search')!)!;
    tile.querySelector('[data-test~="job-tile-title-link"]')!.textContent = title;
    return tile;
  }

  it.each(MARKUP_STRINGS.map((text) => ({ text })))('a tile titled $text gets an inert badge with that title', async ({ text }) => {
    const tile = realTileWithTitle(text);
    const before = tile.querySelectorAll('*').length;
    const riskyBefore = tile.querySelectorAll(RISKY).length;
    const ctx = { url: URL_2024_09, doc: document };
    const result = annotate([tile], upwork, ctx, () => labelWith('Copywriting'), () => undefined);
    expect(result.annotated.map((a) => a.listing.title)).toEqual([text]);
    expect(tile.getAttribute('data-giglens-id')).toMatch(/^upwork:~0[0-9a-f]+$/);
    // One element more in the tile: the badge host; the title stayed text.
    expect(tile.querySelectorAll('*').length).toBe(before + 1);
    expect(tile.querySelectorAll(RISKY).length).toBe(riskyBefore);
    const shadow = tile.querySelector('giglens-badge')!.shadowRoot!;
    (shadow.querySelector('button.pill') as HTMLElement).click();
    await tick();
    expect(shadow.querySelector('[role="region"]')!.getAttribute('aria-label')).toBe(`GigLens on ${text}`);
    expect(shadow.querySelectorAll('script, img, iframe, svg').length).toBe(0);
    // The only links are the panel's bibliography, from GigLens's own data.
    const links = [...shadow.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(links.every((href) => SOURCES.some((s) => s.url === href))).toBe(true);
    expect(shadow.querySelectorAll('style')).toHaveLength(1);
  });

  it('a 500 KB title is refused by the contract, not badged, and the tile is left as it was', () => {
    const tile = realTileWithTitle('A'.repeat(HUGE));
    const result = annotate([tile], upwork, { url: URL_2024_09, doc: document }, () => null, () => undefined);
    expect(result).toMatchObject({ found: 1, annotated: [] });
    expect(tile.querySelector('giglens-badge')).toBeNull();
    expect(tile.hasAttribute('data-giglens-id')).toBe(false);
  });
});
