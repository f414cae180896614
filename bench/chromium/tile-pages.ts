// Pages for the Chromium benchmarks, built from real saved pages: the page itself with its
// listing container emptied (tiles are inserted later by the benchmark, as a feed does), and
// the real tiles repeated to any count. Upwork tiles get fresh job keys so each is a new
// listing; Fiverr cards keep their gig ids so the page's embedded state still describes them.
import { Window } from 'happy-dom';
import { fiverr } from '../../lib/fiverr/adapter';
import type { SiteAdapter } from '../../lib/model/site';
import { upwork } from '../../lib/upwork/adapter';
import { readPage } from '../../tests/fixtures';

export interface TilePage {
  name: string;
  site: SiteAdapter;
  /** Where the extension reads the page. */
  url: string;
  /** The same page at a URL no GigLens content script reads: the baseline without GigLens. */
  baselineUrl: string;
  /** The page with its listing container empty and marked `data-giglens-bench`. */
  html: string;
  /** The page with these tiles in its container, as the server sent them. */
  htmlWith(tiles: string[]): string;
  /** A URL where the page arrives with `count` tiles already in it. */
  loadUrl(count: number): string;
  /** Every page this benchmark serves, URL → HTML (for the e2e harness's `extraPages`). */
  serve(count: number): [string, string][];
  /** Outer HTML of `count` tiles, in page order, repeating the real ones. */
  tiles(count: number, offset?: number): string[];
}

interface Source {
  name: string;
  file: string;
  site: SiteAdapter;
  url: string;
  baselineUrl: string;
  /** Rewrites a tile so that copy number `n` is a listing of its own (or leaves it as is). */
  unique(html: string, n: number): string;
}

const MARK = 'giglens-bench-tiles';
const UPWORK_KEY = /~0[0-9a-f]{10,}/g;

export const SOURCES: Source[] = [
  {
    name: 'Upwork feed (Best Matches 2025)',
    file: 'upwork-feed-best-matches-2025-snippet.html',
    site: upwork,
    url: 'https://www.upwork.com/nx/find-work/best-matches?giglens-bench=1',
    baselineUrl: 'https://www.fiverr.com/support/giglens-bench-upwork-feed',
    unique: (html, n) => {
      const key = html.match(UPWORK_KEY)?.[0];
      if (!key) return html;
      const fresh = `~02${n.toString(16).padStart(key.length - 3, '0')}`;
      return html.replaceAll(key, fresh);
    },
  },
  {
    // The heaviest saved page (1.1 MB, 148 KB of embedded state): the burst and reference runs.
    name: 'Upwork search (2024-08, logged in)',
    file: 'upwork-search-2024-08-logged-in.html',
    site: upwork,
    url: 'https://www.upwork.com/nx/search/jobs/?q=web%20scraping&giglens-bench=1',
    baselineUrl: 'https://www.fiverr.com/support/giglens-bench-upwork-search',
    unique: (html, n) => {
      const key = html.match(UPWORK_KEY)?.[0];
      if (!key) return html;
      const fresh = `~03${n.toString(16).padStart(key.length - 3, '0')}`;
      return html.replaceAll(key, fresh);
    },
  },
  {
    name: 'Fiverr category (Logo Design 2025-08)',
    file: 'fiverr-category-logo-design-2025-08.html',
    site: fiverr,
    url: 'https://www.fiverr.com/categories/graphics-design/creative-logo-design?giglens-bench=1',
    baselineUrl: 'https://www.upwork.com/giglens-bench/fiverr-category',
    unique: (html) => html,
  },
];

export function buildTilePage(source: Source): TilePage {
  const window = new Window({ url: source.url });
  const doc = new window.DOMParser().parseFromString(readPage(source.file), 'text/html') as unknown as Document;
  const url = new URL(source.url);
  const selector = source.site.listingSelector(source.site.pageKind(url) ?? '');
  if (!selector) throw new Error(`${source.file}: no listing selector at ${source.url}`);
  const found = [...doc.querySelectorAll(selector)];
  // Feeds wrap each tile (Fiverr: `.gig-card-layout > .gig-wrapper`): repeat the wrapper,
  // the child of the one container all tiles share.
  let container = found[0]?.parentElement ?? null;
  while (container && !found.every((t) => container!.contains(t))) container = container.parentElement;
  if (!container || found.length < 2) throw new Error(`${source.file}: no tile container`);
  const items = found.map((t) => {
    let item: Element = t;
    while (item.parentElement !== container) item = item.parentElement!;
    return item;
  });
  if (new Set(items).size !== items.length) throw new Error(`${source.file}: two tiles in one item`);
  const real = items.map((t) => t.outerHTML);
  for (const item of items) item.remove();
  container.setAttribute('data-giglens-bench', '');
  container.append(doc.createComment(MARK));
  const html = `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`;
  if (html.split(`<!--${MARK}-->`).length !== 2) throw new Error(`${source.file}: the tile mark is not unique`);
  void window.happyDOM.close();
  const tiles = (count: number, offset = 0) =>
    Array.from({ length: count }, (_, i) => source.unique(real[(offset + i) % real.length]!, offset + i));
  const htmlWith = (some: string[]) => html.replace(`<!--${MARK}-->`, () => some.join(''));
  const loadUrl = (count: number) => `${source.url}&giglens-load=${count}`;
  return {
    name: source.name,
    site: source.site,
    url: source.url,
    baselineUrl: source.baselineUrl,
    html,
    htmlWith,
    loadUrl,
    serve: (count) => [
      [source.url, html],
      [source.baselineUrl, html],
      [loadUrl(count), htmlWith(tiles(count))],
    ],
    tiles,
  };
}
