// Every saved Upwork page in ../shared/fixtures/pages: the page kind, status and health,
// the exact listing count, and every field of hand-checked listings (pages/*.ts).
import { describe, expect, test } from 'vitest';
import { ListingSchema } from '@/lib/model/listing';
import { upwork } from '@/lib/upwork/adapter';
import { loadPage } from '../../fixtures';
import { expectListing, type PageCase } from './expect-listing';
import { FEED_PAGES } from './pages/feeds';
import { JOB_PAGES } from './pages/jobs';
import { SEARCH_2024_PAGES } from './pages/search-2024';
import { SEARCH_2026_PAGES } from './pages/search-2026';

const CHALLENGE: PageCase = {
  file: 'upwork-challenge-2026-08.html',
  url: 'https://www.upwork.com/nx/search/jobs/?q=logo',
  kind: 'search',
  status: 'blocked',
  count: 0,
  listings: {},
};

const PAGES: PageCase[] = [...FEED_PAGES, ...SEARCH_2024_PAGES, ...SEARCH_2026_PAGES, ...JOB_PAGES, CHALLENGE];

describe.each(PAGES)('$file', (page) => {
  const url = new URL(page.url);
  const doc = loadPage(page.file);
  const result = upwork.parsePage(doc, url);

  test(`reads as ${page.kind}, ${page.status}, ${page.count} listings, all of them parsed`, () => {
    expect(upwork.pageKind(url)).toBe(page.kind);
    expect(result).toMatchObject({ platform: 'upwork', kind: page.kind, status: page.status });
    expect(result.listings).toHaveLength(page.count);
    expect(result.health).toEqual({ found: page.count, parsed: page.count });
  });

  test.each(Object.entries(page.listings))('listing %s has the values the page shows', (index, expected) => {
    expectListing(result.listings[Number(index)], expected);
  });

  test('each listing is contract-valid, on an https Upwork URL, with its own id', () => {
    for (const listing of result.listings) {
      expect(ListingSchema.safeParse(listing).success).toBe(true);
      expect(new URL(listing.url)).toMatchObject({ protocol: 'https:', hostname: 'www.upwork.com' });
      expect(listing.url).toContain(listing.id);
    }
    expect(new Set(result.listings.map((l) => l.id)).size).toBe(result.listings.length);
  });

  test('the content-script path (selector, then one element at a time) reads the same listings', () => {
    const selector = upwork.listingSelector(page.kind);
    const elements = selector ? [...doc.querySelectorAll(selector)] : [];
    const ctx = { url, doc };
    const one = elements.map((el) => upwork.parseListing(el, ctx));
    expect(page.status === 'blocked' ? [] : one).toEqual(result.listings);
  });
});
