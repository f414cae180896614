// The property both sites' mutated-page tests check. Whatever happens to a real page (nodes
// deleted, attributes shuffled and renamed, junk and huge strings, garbled embedded state),
// the parsers never throw and every listing they emit is valid and on the site it came from.
// Seeded: a failure names its seed, case number and the mutations that led to it.
import { expect } from 'vitest';
import { ListingSchema, type Listing } from '@/lib/model/listing';
import type { SiteAdapter } from '@/lib/model/site';
import { loadPage } from '../../fixtures';
import type { FixturePage } from './fixture-pages';
import { mutate, mutateWith } from './mutate';
import { RUN_SEED, seededRng } from './rng';

export const LONG = process.env.GIGLENS_LONG === '1';
/** Across all 15 saved pages: 10,000 in the long mode. */
export const casesPerPage = (pages: number) => Math.ceil((LONG ? 10_000 : 450) / pages);
/** Every Nth case mutates a copy of the whole page (1 to 3 s in happy-dom) instead of one
 *  listing element (about 25 ms). */
const WHOLE_PAGE_EVERY = LONG ? 40 : 30;

const SITE_HOST = { upwork: /^(?:www\.)?upwork\.com$/, fiverr: /^(?:www\.)?fiverr\.com$/ } as const;

function listingProblems(listing: Listing, site: SiteAdapter): string[] {
  const parsed = ListingSchema.safeParse(listing);
  if (!parsed.success) return parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`);
  const problems: string[] = [];
  if (listing.platform !== site.platform) problems.push(`platform ${listing.platform}`);
  if (!SITE_HOST[site.platform].test(new URL(listing.url).hostname)) problems.push(`url off site: ${listing.url.slice(0, 80)}`);
  return problems;
}

const hash = (text: string) => [...text].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0, 2166136261);
/** happy-dom caches query results behind WeakRefs, which keep whole documents alive until
 *  the current task ends: yield now and then or the heap fills up. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

export async function checkMutatedPage({ file, url, site }: FixturePage, cases: number): Promise<void> {
  const doc = loadPage(file);
  // Frames never hold listings; happy-dom would try to load each one a mutation moves.
  for (const frame of doc.querySelectorAll('iframe')) frame.remove();
  const kind = site.pageKind(url);
  const selector = kind ? site.listingSelector(kind) : null;
  const tiles = selector ? [...doc.querySelectorAll(selector)] : [];
  // Listings the page adds after load have no record in the embedded state: half the
  // listing cases read the DOM alone, from a copy of the page without its scripts.
  const stateless = doc.cloneNode(true) as Document;
  for (const script of stateless.querySelectorAll('script')) script.remove();
  const variants = [doc, stateless].map((d) => {
    const ctx = { url, doc: d };
    const own = selector ? [...d.querySelectorAll(selector)] : [];
    return { ctx, tiles: own, unmutated: own.map((tile) => JSON.stringify(site.parseListing(tile, ctx))) };
  });
  const seed = (RUN_SEED ^ hash(file)) >>> 0;
  const rng = seededRng(seed);
  const failures: string[] = [];
  const stats = { tileCases: 0, changed: 0, stillParsed: 0, pageCases: 0, pageListings: 0 };
  const check = (where: string, listings: Listing[], log: string[]) => {
    const ids = listings.map((l) => l.id);
    if (new Set(ids).size !== ids.length) failures.push(`${where}: an id listed twice after ${log.join(' | ')}`);
    for (const listing of listings) {
      const problems = listingProblems(listing, site);
      if (problems.length) failures.push(`${where}: ${problems.join('; ')} after ${log.join(' | ')}`);
    }
  };

  for (let n = 0; n < cases; n++) {
    const wholePage = tiles.length === 0 || n % WHOLE_PAGE_EVERY === 0;
    const log: string[] = [];
    try {
      if (wholePage) {
        stats.pageCases++;
        const copy = doc.cloneNode(true) as Document;
        const copyTiles = selector ? [...copy.querySelectorAll(selector)] : [];
        const count = 1 + rng.int(12);
        for (let m = 0; m < count; m++) {
          const root = copyTiles.length && rng.chance(0.6) ? rng.pick(copyTiles) : copy.documentElement;
          log.push(...mutate(root, rng, 1));
        }
        if (rng.chance(0.5)) log.push(mutateWith('garble-state', copy.documentElement, rng) ?? 'no script');
        const result = site.parsePage(copy, url);
        stats.pageListings += result.listings.length;
        check(`case ${n} (page)`, result.listings, log);
        await nextTask();
      } else {
        stats.tileCases++;
        const variant = rng.pick(variants);
        const i = rng.int(variant.tiles.length);
        const clone = variant.tiles[i]!.cloneNode(true) as Element;
        log.push(...mutate(clone, rng, 1 + rng.int(6)));
        variant.tiles[i]!.after(clone);
        const listing = site.parseListing(clone, variant.ctx);
        clone.remove();
        if (JSON.stringify(listing) !== variant.unmutated[i]) stats.changed++;
        if (listing) stats.stillParsed++;
        check(`case ${n} (tile ${i})`, listing ? [listing] : [], log);
        if (n % 20 === 0) await nextTask();
      }
    } catch (error) {
      failures.push(`case ${n}: threw ${String(error).slice(0, 200)} after ${log.join(' | ')}`);
    }
  }

  const summary = `${file}: seed ${seed}, ${failures.length} failures, ${JSON.stringify(stats)}`;
  expect(failures.slice(0, 5), summary).toEqual([]);
  // The mutations must bite, and must not simply break every listing: else this proves nothing.
  if (stats.tileCases >= 20) {
    expect(stats.changed, summary).toBeGreaterThan(stats.tileCases * 0.1);
    expect(stats.stillParsed, summary).toBeGreaterThan(0);
  }
  expect(stats.pageCases, summary).toBeGreaterThan(0);
}
