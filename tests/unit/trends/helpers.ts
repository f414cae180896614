// Shared by the trends and export tests: real listings from saved Upwork pages, labelled with
// fixed categories (the rules engine's labels are its own tests' business).
import { loadPage } from '../../fixtures';
import { upwork } from '@/lib/upwork/adapter';
import type { CategoryLabel, Label } from '@/lib/model/label';
import type { Listing } from '@/lib/model/listing';

export const SEARCH_2024_09 = {
  file: 'upwork-search-2024-09-logged-in-snippet.html',
  url: 'https://www.upwork.com/nx/search/jobs/?q=automation',
};
export const SEARCH_2024_08 = {
  file: 'upwork-search-2024-08-logged-in.html',
  url: 'https://www.upwork.com/nx/search/jobs/?q=web%20scraping',
};

const parsed = new Map<string, Listing[]>();

/** The listings of a saved page (parsed once per test file; callers must not mutate them). */
export function pageListings(page: { file: string; url: string }): Listing[] {
  let listings = parsed.get(page.file);
  if (!listings) parsed.set(page.file, (listings = upwork.parsePage(loadPage(page.file), new URL(page.url)).listings));
  return listings;
}

export const CATEGORIES: CategoryLabel[] = [
  { id: 'websites-cms', name: 'Websites, landing pages & CMS', upwork: 'Web, Mobile & Software Dev', confidence: 0.8 },
  { id: 'content-writing', name: 'Content writing', upwork: 'Writing', confidence: 0.7 },
  { id: 'graphic-design', name: 'Graphic design', upwork: 'Design & Creative', confidence: 0.6 },
  { id: 'translation', name: 'Translation', upwork: 'Translation', confidence: 0.9 },
];

export const labelWith = (category: CategoryLabel | null): Label => ({ category, risk: null });

export const DAY = 86_400_000;
/** Wednesday 2026-08-05 12:00 UTC. */
export const NOW = Date.UTC(2026, 7, 5, 12);

/** A small deterministic RNG (mulberry32) so a failing random history can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
