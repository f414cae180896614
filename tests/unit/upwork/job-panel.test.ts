// The job details side panel over search results (…/details/~…): no saved page of it, so
// the real 2026-04 job details section is placed into the real 2026-02 search page, as
// Upwork's panel places it over the list.
import { expect, test } from 'vitest';
import { upwork } from '@/lib/upwork/adapter';
import { loadPage } from '../../fixtures';

const url = new URL('https://www.upwork.com/nx/search/jobs/details/~022037632358032505171?q=n8n&pageTitle=Job%20Details');
const doc = loadPage('upwork-search-2026-02-logged-in-raw.html');
const panel = doc.importNode(loadPage('upwork-job-2026-04-fixed-raw.html').querySelector('.job-details')!, true);
doc.body.append(panel);
const result = upwork.parsePage(doc, url);

test('the panel page reads the job and every tile behind it, the job first', () => {
  expect(result).toMatchObject({ kind: 'job-panel', status: 'ok', health: { found: 11, parsed: 11 } });
  expect(result.listings[0]!.id).toBe('~022037632358032505171');
  expect(result.listings.slice(1).map((l) => l.id)).toEqual(
    upwork.parsePage(loadPage('upwork-search-2026-02-logged-in-raw.html'), new URL('https://www.upwork.com/nx/search/jobs/?q=n8n')).listings.map((l) => l.id),
  );
});

test('the panel job is read from its DOM; the search page state knows nothing of it', () => {
  expect(result.listings[0]).toMatchObject({
    url: 'https://www.upwork.com/jobs/~022037632358032505171',
    title: 'AI-Powered PDF Data Extraction Tool (Shopify Orders → Excel) – Full-Stack Developer',
    pay: { type: 'fixed', amount: 5000, currency: 'USD' },
    connects: 20,
    proposals: { min: 50, max: null },
    activity: { interviewing: 0, invitesSent: 0, unansweredInvites: 0, lastViewedText: '16 hours ago', hires: null },
    client: { rating: 4.99, reviews: 11, totalSpent: 2800, hireRate: 78, jobsPosted: 18, openJobs: 1, hires: 15 },
    postedAt: null,
    platformCategory: null,
  });
});

test('the content script matches the panel and the tiles with one selector', () => {
  const selector = upwork.listingSelector('job-panel')!;
  expect(panel.matches(selector)).toBe(true);
  expect(doc.querySelectorAll(selector)).toHaveLength(11);
});
