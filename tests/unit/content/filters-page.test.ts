// Filters on real saved pages, through the real content pipeline and background: fold and fade
// apply to exactly the tiles the rules name, "Show" and "show all" and switching filters off
// restore every tile exactly, and a tile added to the live feed is filtered as it appears.
import { describe, expect, it } from 'vitest';
import { FILTER_ATTR, resetShown } from '@/lib/content/filter';
import { answerFilterQuery, filterStatus } from '@/lib/content/filter-status';
import { FILTER_SHOW_ALL } from '@/lib/messaging/filter-query';
import { FiltersSchema } from '@/lib/filters/filter-schema';
import { fiverrReader } from '@/lib/fiverr/reader';
import type { Settings } from '@/lib/settings/settings-schema';
import { saveSettings } from '@/lib/settings/settings-store';
import { upworkReader } from '@/lib/upwork/reader';
import { fixtureUrls } from '../../fixtures';
import { mountPage, runPage } from './run-page';

const url = (file: string) => fixtureUrls().find((f) => f.file === file)!.url;
const PAGES = [
  {
    file: 'upwork-search-2024-08-logged-in.html',
    reader: upworkReader,
    filters: { upwork: [{ kind: 'risk', on: true, action: 'fold', level: 'very-high' }, { kind: 'risk', on: false }, { kind: 'verdict-skip', on: true, action: 'fade' }] },
    folds: (el: Element) => el.getAttribute('data-giglens-risk') === 'very-high',
    fades: (el: Element, verdict: string | undefined) => el.getAttribute('data-giglens-risk') !== 'very-high' && verdict === 'skip',
  },
  {
    file: 'fiverr-category-logo-design-2025-08.html',
    reader: fiverrReader,
    filters: { fiverr: [{ kind: 'rating-below', on: true, action: 'fold', below: 4.9 }, { kind: 'risk', on: true, action: 'fade', level: 'high' }] },
    folds: null,
    fades: null,
  },
] as const;

const snapshot = (tiles: Element[]) => tiles.map((t) => [...t.childNodes]);
const elementCount = () => document.body.querySelectorAll('*').length;
async function setFilters(filters: unknown, page: ReturnType<typeof runPage>) {
  await saveSettings({ filters: FiltersSchema.parse(filters) } as Partial<Settings>);
  resetShown();
  await page.delivery!.relabel();
  await page.settle();
}

describe.each(PAGES)('filters on $file', ({ file, reader, filters, folds, fades }) => {
  it('fold and fade apply, "Show", "show all" and switching off restore the page exactly, new tiles are filtered', async () => {
    mountPage(file);
    const page = runPage(reader, url(file));
    await page.settle();
    const items = [...page.shown];
    const tiles = items.map((i) => i.element);
    const before = snapshot(tiles);
    const count = elementCount();
    expect(tiles.length).toBeGreaterThan(10);

    await setFilters(filters, page);
    const folded = tiles.filter((t) => t.getAttribute(FILTER_ATTR) === 'fold');
    const faded = tiles.filter((t) => t.getAttribute(FILTER_ATTR) === 'fade');
    expect(folded.length).toBeGreaterThan(0);
    expect(faded.length).toBeGreaterThan(0);
    if (folds && fades) {
      expect(folded).toEqual(tiles.filter(folds));
      expect(faded).toEqual(items.filter((i) => fades(i.element, i.badge.pill?.verdict?.code)).map((i) => i.element));
    }
    for (const tile of folded) {
      const line = tile.firstElementChild!;
      expect(line.localName).toBe('giglens-fold');
      expect(line.shadowRoot!.textContent).toMatch(/Folded by your filter: .+Show$/);
      // The page's own children are all still there, in order, after the fold line.
      expect([...tile.childNodes].slice(1)).toEqual(before[tiles.indexOf(tile)]);
    }
    expect(filterStatus(page.shown)).toEqual({ total: tiles.length, faded: faded.length, folded: folded.length });

    // "Show" on one folded tile.
    const one = folded[0]!;
    one.firstElementChild!.shadowRoot!.querySelector('button')!.click();
    expect(one.hasAttribute(FILTER_ATTR)).toBe(false);
    expect([...one.childNodes]).toEqual(before[tiles.indexOf(one)]);
    // It stays shown when pills are re-sent for the same rules.
    await page.delivery!.relabel();
    await page.settle();
    expect(one.hasAttribute(FILTER_ATTR)).toBe(false);

    // A tile the feed adds later is filtered as it appears.
    const extra = folded[folded.length - 1]!;
    if (extra !== one) {
      const parent = extra.parentElement!;
      const copy = extra.cloneNode(true) as Element;
      copy.querySelector('giglens-fold')?.remove();
      copy.querySelector('giglens-badge')?.remove();
      copy.removeAttribute(FILTER_ATTR);
      copy.removeAttribute('data-giglens-id');
      copy.removeAttribute('data-giglens-risk');
      parent.append(copy);
      await page.settle();
      expect(copy.getAttribute(FILTER_ATTR)).toBe('fold');
      copy.remove();
    }

    // Switching filters off restores every tile exactly.
    await setFilters({ enabled: false }, page);
    expect(document.querySelectorAll(`[${FILTER_ATTR}]`)).toHaveLength(0);
    expect(snapshot(tiles)).toEqual(before);
    expect(elementCount()).toBe(count);

    // On again, then "show all on this tab" (the popup's message) restores every tile.
    await setFilters(filters, page);
    expect(document.querySelectorAll(`[${FILTER_ATTR}]`).length).toBe(folded.length + faded.length);
    expect(answerFilterQuery({ type: 'other' }, page.shown)).toBeNull();
    expect(answerFilterQuery({ type: FILTER_SHOW_ALL }, page.shown)).toEqual({ total: tiles.length, faded: 0, folded: 0 });
    expect(snapshot(tiles)).toEqual(before);
    expect(elementCount()).toBe(count);
    page.controller.abort();
  });
});
