// The redesigned feed (/nx/s/find-work/): no saved page exists, so feed-2026.html is our
// own page built from the hooks documented in research/markup-history.md.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { upwork } from '@/lib/upwork/adapter';
import { expectListing } from './expect-listing';

const url = new URL('https://www.upwork.com/nx/s/find-work/best-matches');
const doc = new DOMParser().parseFromString(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'feed-2026.html'), 'utf8'), 'text/html');
const result = upwork.parsePage(doc, url);

test('reads as feed-2026 with its three tiles', () => {
  expect(result).toMatchObject({ kind: 'feed-2026', status: 'ok', health: { found: 3, parsed: 3 } });
});

test('a tile with the search vocabulary too: every field', () => {
  expectListing(result.listings[0], {
    id: '~022071000000000000001',
    url: 'https://www.upwork.com/jobs/Build-n8n-Workflow-for-Invoices_~022071000000000000001/',
    title: 'Build an n8n Workflow for Invoices',
    description: 'We receive 300 invoices a month by email.\nBuild an n8n workflow that files them in Google Drive.',
    skills: ['n8n', 'Google Drive'],
    pay: { type: 'hourly', min: 25, max: 45, currency: 'USD' },
    experience: 'intermediate',
    duration: '1 to 3 months',
    workload: 'Less than 30 hrs/week',
    postedText: '3 hours ago',
    proposals: { min: 5, max: 10 },
  });
});

test.each([
  [1, { id: '~022071000000000000002', title: 'Logo refresh for a bakery', proposals: { min: 50, max: null } }],
  [2, { id: '~022071000000000000003', title: 'Translate a menu to Italian', proposals: { min: 0, max: 4 } }],
])('tile %i with only the documented hooks', (index, fields) => {
  const listing = result.listings[index]!;
  expect(listing).toMatchObject({ ...fields, pay: null, experience: null, client: null, skills: [] });
});

test('the content script finds tiles added later one by one', () => {
  const selector = upwork.listingSelector('feed-2026')!;
  const added = doc.querySelector('[data-test~="job-tile"]')!.cloneNode(true) as Element;
  added.querySelector('a')!.setAttribute('href', '/jobs/Later_~022071000000000000009/');
  doc.querySelector('[data-test~="jobs-feed"]')!.append(added);
  expect(added.matches(selector)).toBe(true);
  expect(upwork.parseListing(added, { url, doc })?.id).toBe('~022071000000000000009');
});
