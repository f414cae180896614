// The advisor over every Upwork listing of every saved page: it never throws, and what it
// says it knows matches what the page shows (Connects always on job pages, on tiles only
// when the page's embedded state has them; no client block for logged-out visitors).
import { describe, expect, test } from 'vitest';
import { loadPage } from '../../fixtures';
import { upwork } from '@/lib/upwork/adapter';
import { advise } from '@/lib/connects/advise';
import { formatFinding } from '@/lib/connects/format';

const NOW = Date.UTC(2026, 7, 5, 12);
const PAGES: [string, string, 'job' | 'tile', boolean][] = [
  ['upwork-feed-most-recent-2024-09-snippet.html', 'https://www.upwork.com/nx/find-work/most-recent', 'tile', true],
  ['upwork-feed-best-matches-2025-snippet.html', 'https://www.upwork.com/nx/find-work/best-matches', 'tile', true],
  ['upwork-search-2024-08-logged-in.html', 'https://www.upwork.com/nx/search/jobs/?q=web%20scraping', 'tile', true],
  ['upwork-search-2024-09-logged-in-snippet.html', 'https://www.upwork.com/nx/search/jobs/?q=automation', 'tile', true],
  ['upwork-search-2026-02-logged-in-raw.html', 'https://www.upwork.com/nx/search/jobs/?q=n8n', 'tile', true],
  ['upwork-search-2026-05-logged-out.html', 'https://www.upwork.com/nx/search/jobs/?q=python%20web%20scraping', 'tile', false],
  ['upwork-job-2024-08-hourly.html', 'https://www.upwork.com/jobs/~0192f64b63ede4e596', 'job', true],
  ['upwork-job-2024-10-hourly-new-client.html', 'https://www.upwork.com/jobs/~021836097417550972322', 'job', true],
  ['upwork-job-2026-04-fixed-raw.html', 'https://www.upwork.com/jobs/~022037632358032505171', 'job', true],
];

describe.each(PAGES)('%s', (file, url, kind, clientShown) => {
  const listings = upwork.parsePage(loadPage(file), new URL(url)).listings;

  test('every listing gets a verdict, worded without gaps', () => {
    expect(listings.length).toBeGreaterThan(0);
    for (const l of listings) {
      const a = advise(l, null, { priceUsd: 0.15, median: { hourlyUsd: 30, fixedUsd: 500 }, own: null, fit: null, history: [], now: NOW });
      expect(['worth-it', 'think-twice', 'skip']).toContain(a.verdict);
      expect(Number.isFinite(a.estimate.ratio)).toBe(true);
      for (const r of a.reasons) expect(formatFinding(r)).not.toMatch(/undefined|NaN|null/);
      if (kind === 'job') expect(a.cost.assumed).toBe(false);
      expect(a.cost.connects).toBe(l.connects ?? 16);
      if (!clientShown) expect(a.quality.score).toBeNull();
    }
  });
});
