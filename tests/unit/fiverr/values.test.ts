// The small readers under the parsers, on the strings the pages actually contain.
import { describe, expect, test } from 'vitest';
import { objectAt } from '@/lib/fiverr/embedded';
import { htmlToText } from '@/lib/fiverr/html-text';
import { toPageCurrency } from '@/lib/fiverr/money';
import { gigIdOr, levelFromCode, levelFromText, parseCount, parseDays, parseMoney, parseRating, parseRevisions } from '@/lib/fiverr/values';

test.each([
  ['1k+', 1000], ['(10)', 10], ['836', 836], ['(1,234)', 1234], ['2.5k+', 2500], ['', null], ['()', null], [null, null],
])('parseCount(%j) = %j', (s, want) => expect(parseCount(s)).toBe(want));

test.each([
  ['4.8', 4.8], ['5.0', 5], ['5', 5], ['9.7', null], ['-', null], [undefined, null],
])('parseRating(%j) = %j', (s, want) => expect(parseRating(s)).toBe(want));

test.each([
  ['From$75', { amount: 75, currency: 'USD' }],
  ['From $1,250', { amount: 1250, currency: 'USD' }],
  ['€4.65', { amount: 4.65, currency: 'EUR' }],
  ['£12', { amount: 12, currency: 'GBP' }],
  ['CA$30', { amount: 30, currency: 'CAD' }],
  ['From', null],
  ['40', null],
])('parseMoney(%j)', (s, want) => expect(parseMoney(s)).toEqual(want));

test.each([
  ['2 Days Delivery', 2], ['2-day delivery', 2], ['1 day', 1], ['Express', null],
])('parseDays(%j) = %j', (s, want) => expect(parseDays(s)).toBe(want));

test.each([
  ['3 Revisions', 3], ['Unlimited Revisions', null], ['1 Revision', 1],
])('parseRevisions(%j) = %j', (s, want) => expect(parseRevisions(s)).toBe(want));

describe('levels', () => {
  test.each([
    ['Level 1', 'level-1'], ['Level 2', 'level-2'], ['Top Rated', 'top-rated'], ['Vetted Pro', 'pro'],
    ['Level 1 Seller', 'level-1'], ['Top Rated Seller', 'top-rated'], ['Offers video consultations', null],
    ['Fiverr’s', null], ['toString', null],
  ])('badge %j is %j', (s, want) => expect(levelFromText(s)).toBe(want));

  test.each([
    ['level_one_seller', 'level-1'], ['level_two_seller', 'level-2'], ['top_rated_seller', 'top-rated'],
    ['', 'new'], ['LEVEL_ONE', 'level-1'], ['level_one', 'level-1'], ['hasOwnProperty', null], [3, null],
  ])('code %j is %j', (s, want) => expect(levelFromCode(s)).toBe(want));
});

test.each([
  [446457949, '446457949'], ['2671544', '2671544'], [-5, null], [1.5, null], ['12a', null], [null, null],
])('gigIdOr(%j) = %j', (v, want) => expect(gigIdOr(v)).toBe(want));

describe('money conversion as the page shows it', () => {
  // 2021-12 gig page (F): EUR at 0.9290254383, basic $5.00 shown as €4.65, $25 as €23.23, $50 as €46.45.
  const eur = { code: 'EUR', rate: 0.9290254383, roundFrom: 1000 };
  test.each([[5, 4.65], [25, 23.23], [50, 46.45], [2000, 1858]])('$%d → €%d', (usd, shown) => {
    expect(toPageCurrency(usd, eur)).toBe(shown);
  });
  test('dollars stay dollars', () => expect(toPageCurrency(30, { code: 'USD', rate: 1, roundFrom: 1000 })).toBe(30));
});

describe('objectAt (inline props)', () => {
  test.each([
    ['f(a, {"a":{"b":"}"}}, c)', '{"a":{"b":"}"}}'],
    ['x = {"s":"quote \\" and { brace"};', '{"s":"quote \\" and { brace"}'],
    ['no object here', null],
    ['{"never": "closed"', null],
  ])('%j', (text, want) => expect(objectAt(text, 0)).toBe(want));
});

test.each([
  ['<p>a</p><p>b&nbsp;c</p>', 'a b c'],
  ['<p>Hey!</p><p><br></p><p>I&rsquo;m &amp; &#8217;x&#x27;</p>', 'Hey! I’m & ’x\''],
  ['&constructor; &Amp; &#0; &#x110000;', '&constructor; &Amp; &#0; &#x110000;'],
  ['<script>alert(1)</script><b>bold</b>', 'bold'],
  ['', null],
])('htmlToText(%j)', (html, want) => expect(htmlToText(html)).toBe(want));
