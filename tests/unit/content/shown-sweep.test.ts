// A long infinite scroll keeps nothing of the tiles the page removed: they are let go in a
// sweep every so many new tiles (not checked one by one on every delivery), and a listing the
// page re-renders is never grouped with its removed element, whenever the last sweep was.
import { describe, expect, it } from 'vitest';
import { BADGE_TAG } from '@/lib/content/badge';
import { upworkReader } from '@/lib/upwork/reader';
import { fixtureUrls } from '../../fixtures';
import { mountPage, runPage } from './run-page';

const FILE = 'upwork-search-2024-08-logged-in.html';
const url = fixtureUrls().find((f) => f.file === FILE)!.url;

/** The tile as the site would render it, for job `n` (a new id) or the same job (none given). */
function rendered(tile: Element, n?: number): Element {
  const copy = tile.cloneNode(true) as Element;
  copy.querySelectorAll(BADGE_TAG).forEach((b) => b.remove());
  for (const a of [...copy.attributes]) if (a.name.startsWith('data-giglens-')) copy.removeAttribute(a.name);
  if (n !== undefined) {
    const id = `~01${String(n).padStart(17, '0')}`;
    for (const a of copy.querySelectorAll('a[href*="~0"]')) a.setAttribute('href', a.getAttribute('href')!.replace(/~0[0-9a-f]+/i, id));
  }
  return copy;
}

describe('tiles the page removed', () => {
  it('are let go once enough new tiles came, and a re-rendered listing is banded as itself', async () => {
    mountPage(FILE);
    const page = runPage(upworkReader, new URL(url));
    await page.settle();
    const tiles = [...page.shown].map((i) => i.element);
    expect(tiles.length).toBeGreaterThan(5);
    const parent = tiles[0]!.parentElement!;
    // The page trims its list, then loads new jobs a few at a time.
    for (const t of tiles) t.remove();
    let n = 0;
    const batch = async (count: number) => {
      for (let i = 0; i < count; i++) parent.append(rendered(tiles[n % tiles.length]!, 1000 + n++));
      await page.settle();
    };
    await batch(3);
    // Not yet swept: a few new tiles do not pay for a check of every tile shown before.
    expect([...page.shown].some((i) => !i.element.isConnected)).toBe(true);
    while (n < 60) await batch(5);
    expect([...page.shown].every((i) => i.element.isConnected)).toBe(true);
    expect(page.shown.size).toBe(document.querySelectorAll('[data-giglens-id]').length);
    expect(page.shown.size).toBeGreaterThanOrEqual(60);

    // A listing re-rendered right after: its removed element is not its group's first.
    const first = [...page.shown][0]!.element;
    const copy = rendered(first);
    first.replaceWith(copy);
    await page.settle();
    expect(copy.getAttribute('data-giglens-id')).toBe(first.getAttribute('data-giglens-id'));
    expect(copy.querySelector(BADGE_TAG)).not.toBeNull();
    page.controller.abort();
  });
});
