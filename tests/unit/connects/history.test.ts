import { describe, expect, test } from 'vitest';
import { findGhosts, findReposts, historyFindings, sameClient, titleSimilarity, type HistoryEntry } from '@/lib/connects/history';
import { formatFinding } from '@/lib/connects/format';
import { makeListing } from './make-listing';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 3, 20, 12);

// The user's history: a Canadian client with a 4.99 rating who posts the same PDF job every
// few weeks, a different client with the same title, and unrelated work.
const PDF_CLIENT = { country: 'Canada', rating: 4.99, reviews: 11, totalSpent: 2800, jobsPosted: 16, hireRate: 80, hires: 15 };
const entry = (id: string, title: string, client: object | null, daysAgo: number): HistoryEntry => ({
  ...makeListing({ id, url: `https://www.upwork.com/jobs/${id}`, title }, client),
  firstSeenAt: NOW - daysAgo * DAY,
  lastSeenAt: NOW - daysAgo * DAY,
});
const HISTORY: HistoryEntry[] = [
  entry('~0100000000000000a1', 'AI PDF data extraction tool (Shopify orders to Excel)', PDF_CLIENT, 40),
  entry('~0100000000000000a2', 'AI-Powered PDF Data Extraction Tool – Shopify Orders to Excel', { ...PDF_CLIENT, jobsPosted: 17 }, 12),
  entry('~0100000000000000a3', 'AI-Powered PDF Data Extraction Tool (Shopify Orders → Excel)', { country: 'India', rating: 4.2, reviews: 3, totalSpent: 100 }, 5),
  entry('~0100000000000000a4', 'Logo for a bakery', PDF_CLIENT, 3),
];

const current = makeListing(
  { id: '~022037632358032505171', title: 'AI-Powered PDF Data Extraction Tool (Shopify Orders → Excel) – Full-Stack Developer' },
  { ...PDF_CLIENT, jobsPosted: 18, hireRate: 78 },
);

describe('repost detection', () => {
  test('finds the same client’s near-identical titles, most similar first, and says what matched', () => {
    const found = findReposts(current, HISTORY);
    expect(found).toHaveLength(2);
    const [first, second] = found;
    expect(first).toMatchObject({
      code: 'repost',
      args: { title: 'AI-Powered PDF Data Extraction Tool – Shopify Orders to Excel', seenAt: NOW - 12 * DAY },
    });
    expect(first?.args).toHaveProperty('matched', [
      { detail: 'country', value: 'Canada' },
      { detail: 'rating', value: 4.99 },
      { detail: 'reviews', value: 11 },
      { detail: 'totalSpent', value: 2_800 },
      { detail: 'jobsPosted', value: 18 },
      { detail: 'hireRate', value: 78 },
      { detail: 'hires', value: 15 },
    ]);
    expect(formatFinding(first!)).toContain('(Canada, rating 4.99, 11 reviews, $2,800 spent, 18 jobs posted, 78% hire rate, 15 hires)');
    expect(second?.args).toHaveProperty('seenAt', NOW - 40 * DAY);
    // India's client has the closest title but is another client; the bakery logo is another job.
  });

  test('the job itself and other platforms never match', () => {
    expect(findReposts(current, [{ ...HISTORY[1]!, id: current.id }])).toEqual([]);
    expect(findReposts(current, [{ ...HISTORY[1]!, platform: 'fiverr' }])).toEqual([]);
  });

  test.each([
    ['same words in another order', 'Excel tool for PDF data', 'PDF data tool for Excel', 1],
    ['case and punctuation do not count', 'Logo – for a BAKERY!', 'logo for a bakery', 1],
    ['half the words shared', 'build a react app', 'build a vue site', 2 / 6],
    ['nothing shared', 'logo design', 'tax return', 0],
    ['empty title', '', 'logo', 0],
  ])('title similarity: %s', (_n, a, b, expected) => {
    expect(titleSimilarity(a, b)).toBeCloseTo(expected, 5);
  });

  test.each([
    ['another country', { country: 'India' }, null],
    ['only the country agrees', { rating: 3, reviews: 40, totalSpent: 90_000, jobsPosted: 60, hireRate: 10, hires: 50 }, null],
    ['rating and reviews agree', { totalSpent: 90_000, jobsPosted: 60, hireRate: 10, hires: 50 }, [{ detail: 'country', value: 'Canada' }, { detail: 'rating', value: 4.99 }, { detail: 'reviews', value: 11 }]],
    ['country unknown', { country: null }, null],
  ])('same client: %s', (_n, change, expected) => {
    const a = makeListing({}, PDF_CLIENT).client;
    const b = makeListing({}, { ...PDF_CLIENT, ...change }).client;
    expect(sameClient(b, a)).toEqual(expected);
  });
});

describe('ghost detection', () => {
  test('a job the user first saw 30 days ago, still listed with no hire', () => {
    const seen = { ...entry(current.id, current.title, PDF_CLIENT, 30) };
    expect(historyFindings(current, [seen], NOW)).toEqual([
      { code: 'ghost-open-long', args: { days: 30, basis: 'first-seen' } },
    ]);
  });

  test('posted 3 weeks ago by the page’s own words, no hire', () => {
    const old = makeListing({ postedText: '3 weeks ago' });
    expect(findGhosts(old, [], NOW)).toEqual([{ code: 'ghost-open-long', args: { days: 21, basis: 'posted' } }]);
  });

  test('a hire was made: not a ghost', () => {
    const hired = makeListing({ postedText: '3 weeks ago', activity: { hires: 1 } });
    expect(findGhosts(hired, [], NOW)).toEqual([]);
  });

  test('the client last looked 2 weeks ago', () => {
    const away = makeListing({ activity: { lastViewedText: '2 weeks ago' } });
    expect(findGhosts(away, [], NOW)).toEqual([{ code: 'client-away', args: { text: '2 weeks ago', days: 14 } }]);
  });

  test.each(['yesterday', '16 hours ago', '6 days ago'])('last viewed %s: not away', (text) => {
    expect(findGhosts(makeListing({ activity: { lastViewedText: text } }), [], NOW)).toEqual([]);
  });
});
