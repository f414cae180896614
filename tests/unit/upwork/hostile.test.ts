// Negative and hostile input: walls, pages of another kind, tiles with fields missing or
// garbled, and page text that tries to be markup or a link elsewhere. Nothing throws;
// what cannot be read is dropped and counted in health.
import { describe, expect, test } from 'vitest';
import { upwork } from '@/lib/upwork/adapter';
import { loadPage, PAGES } from '../../fixtures';
import { readdirSync } from 'node:fs';

const SEARCH = new URL('https://www.upwork.com/nx/search/jobs/?q=automation');

/** A page holding clones of real 2024-09 search tiles, each changed by `mutate`. */
function pageOfTiles(...mutations: ((tile: Element) => void)[]): Document {
  const source = loadPage('upwork-search-2024-09-logged-in-snippet.html').querySelector('article[data-ev-job-uid]')!;
  const doc = document.implementation.createHTMLDocument('search');
  mutations.forEach((mutate, i) => {
    const tile = doc.importNode(source, true) as Element;
    const link = tile.querySelector('.job-tile-title a')!;
    link.setAttribute('href', `/jobs/Tile-${i}_~01${String(i).padStart(16, 'a')}/`);
    mutate(tile);
    doc.body.append(tile);
  });
  return doc;
}
const set = (selector: string, text: string) => (tile: Element) => {
  tile.querySelector(selector)!.textContent = text;
};
const remove = (selector: string) => (tile: Element) => tile.querySelectorAll(selector).forEach((n) => n.remove());
const keep = () => {};

describe('walls', () => {
  test('the challenge page reads as blocked, never as an empty result', () => {
    const doc = loadPage('upwork-challenge-2026-08.html');
    expect(upwork.isBlocked(doc)).toBe(true);
    expect(upwork.parsePage(doc, SEARCH)).toEqual({
      platform: 'upwork',
      kind: 'search',
      status: 'blocked',
      health: { found: 0, parsed: 0 },
      listings: [],
    });
  });
  const pages = readdirSync(PAGES).filter((f) => f.startsWith('upwork-') && !f.includes('challenge'));
  test.each(pages)('%s is not a wall', (file) => expect(upwork.isBlocked(loadPage(file))).toBe(false));
});

describe('pages of another kind', () => {
  test('a Fiverr page at an Upwork search URL has no Upwork listings: empty, not an error', () => {
    const result = upwork.parsePage(loadPage('fiverr-search-2025-08.html'), SEARCH);
    expect(result).toMatchObject({ kind: 'search', status: 'empty', health: { found: 0, parsed: 0 } });
  });
  test('a search page saved under a job URL finds no job details', () => {
    const url = new URL('https://www.upwork.com/jobs/~0112806dc0c582779c');
    expect(upwork.parsePage(loadPage('upwork-search-2024-09-logged-in-snippet.html'), url)).toMatchObject({ kind: 'job', status: 'empty' });
  });
  test('a profile page is not read at all', () => {
    const url = new URL('https://www.upwork.com/freelancers/~01abcdef1234567890');
    expect(upwork.parsePage(loadPage('upwork-search-2024-09-logged-in-snippet.html'), url)).toEqual({
      platform: 'upwork',
      kind: 'other',
      status: 'unsupported',
      health: { found: 0, parsed: 0 },
      listings: [],
    });
  });
  test('an element that is no listing gives null', () => {
    const div = document.createElement('div');
    expect(upwork.parseListing(div, { url: SEARCH, doc: document })).toBeNull();
  });
  test('a reader that trips over a broken element loses that listing, never the page', () => {
    const trap = { matches: () => true, querySelector: () => { throw new Error('boom'); } } as unknown as Element;
    expect(upwork.parseListing(trap, { url: SEARCH, doc: document })).toBeNull();
  });
});

describe('tiles with fields missing or garbled', () => {
  test('tiles without a usable title link are dropped and counted', () => {
    const doc = pageOfTiles(
      keep,
      remove('.job-tile-title a'),
      (t) => t.querySelector('.job-tile-title a')!.setAttribute('href', 'javascript:alert(1)//~0112806dc0c582779c'),
      (t) => t.querySelector('.job-tile-title a')!.setAttribute('href', 'https://evil.example/jobs/~0112806dc0c582779c'),
      (t) => t.querySelector('.job-tile-title a')!.setAttribute('href', '/jobs/no-key/'),
      set('.job-tile-title a', '   '),
      set('.job-tile-title a', 'x'.repeat(1001)),
    );
    const result = upwork.parsePage(doc, SEARCH);
    expect(result.health).toEqual({ found: 7, parsed: 1 });
    expect(result.status).toBe('ok');
    expect(result.listings.map((l) => l.url)).toEqual(['https://www.upwork.com/jobs/Tile-0_~01aaaaaaaaaaaaaaa0/']);
  });

  test('garbled or missing fields become null, the listing stays', () => {
    const doc = pageOfTiles(
      set('[data-test~="job-type-label"]', 'Hourly: $abc - $xyz'),
      set('[data-test~="experience-level"]', '???'),
      set('[data-test~="proposals-tier"]', 'Proposals: many'),
      remove('[data-test~="JobInfoClient"]'),
      remove('[data-test~="JobDescription"], [data-test~="token"], [data-test~="job-pubilshed-date"]'),
      set('[data-test~="total-feedback"]', 'Rating is 11 out of 5.'),
    );
    const [pay, experience, proposals, client, bare, rating] = upwork.parsePage(doc, SEARCH).listings;
    expect(pay!.pay).toEqual({ type: 'hourly', min: null, max: null, currency: 'USD' });
    expect(experience!.experience).toBeNull();
    expect(proposals!.proposals).toBeNull();
    expect(client!.client).toBeNull();
    expect(bare).toMatchObject({ description: null, skills: [], postedText: null });
    expect(rating!.client).toMatchObject({ rating: null, reviews: null, totalSpent: 100000 });
  });

  test('markup-looking text stays plain text; nothing is interpreted', () => {
    const doc = pageOfTiles(
      set('.job-tile-title a', '<script>alert(1)</script><img src=x onerror=alert(2)>'),
      set('[data-test~="JobDescription"] p', '<a href="javascript:alert(3)">click</a>'),
    );
    const [title, description] = upwork.parsePage(doc, SEARCH).listings;
    expect(title!.title).toBe('<script>alert(1)</script><img src=x onerror=alert(2)>');
    expect(description!.description).toBe('<a href="javascript:alert(3)">click</a>');
    expect(doc.querySelectorAll('script, img')).toHaveLength(0);
  });

  test('a job page with no title is not a listing; other garbled fields are null', () => {
    const doc = loadPage('upwork-job-2024-10-hourly-new-client.html');
    const url = new URL('https://www.upwork.com/jobs/~021836097417550972322');
    doc.querySelectorAll('ul.client-activity-items .value').forEach((v) => (v.textContent = 'n/a'));
    expect(upwork.parsePage(doc, url).listings[0]!.activity).toMatchObject({ lastViewedText: 'n/a' });
    doc.querySelector('.job-details-content h4')!.remove();
    expect(upwork.parsePage(doc, url).health).toEqual({ found: 1, parsed: 0 });
  });
});
