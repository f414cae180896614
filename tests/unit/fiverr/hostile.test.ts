// Bad input never throws: walls read as blocked, garbled cards and state lose a field or a
// listing (counted in health), hostile strings stay inert text.
import { describe, expect, test } from 'vitest';
import { fiverr } from '@/lib/fiverr/adapter';
import { card, html, ownFixture } from './helpers';

const SEARCH = new URL('https://www.fiverr.com/search/gigs?query=logo');

const page = (body: string, head = '') => html(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
const one = (markup: string, head = '') => {
  const doc = page(markup, head);
  return fiverr.parseListing(doc.querySelector('[data-gig-id]')!, { url: SEARCH, doc });
};

describe('bot check', () => {
  const wall = ownFixture('perimeterx-press-and-hold.html');

  test('the PerimeterX "Press & Hold" wall reads as blocked, not as an empty result', () => {
    expect(fiverr.isBlocked(wall)).toBe(true);
    expect(fiverr.parsePage(wall, SEARCH)).toEqual({
      platform: 'fiverr', kind: 'search', status: 'blocked', health: { found: 0, parsed: 0 }, listings: [],
    });
  });

  test.each([
    ['the challenge container alone', '<div id="px-captcha"></div>'],
    ['only the wording, before captcha.js drew anything', '<h1>It needs a human touch</h1><p>Press &amp; Hold</p>'],
    ['the classic PerimeterX title', '<title>Access to this page has been denied</title>'],
  ])('%s', (_, markup) => {
    expect(fiverr.isBlocked(page(markup))).toBe(true);
  });

  test('a listing page that merely mentions "press & hold" is not a wall', () => {
    const doc = page(card({ title: 'I will record a press &amp; hold tutorial' }));
    expect(fiverr.isBlocked(doc)).toBe(false);
    expect(fiverr.parsePage(doc, SEARCH).status).toBe('ok');
  });

  test('PerimeterX settings alone (present on every normal page) are not a wall', () => {
    expect(fiverr.isBlocked(page('<main></main>', "<script>window._pxAppId='PXK3bezZfO';</script>"))).toBe(false);
  });
});

describe('page status', () => {
  test('a search page without cards is empty', () => {
    expect(fiverr.parsePage(page('<main><h1>No results</h1></main>'), SEARCH)).toMatchObject({
      status: 'empty', kind: 'search', health: { found: 0, parsed: 0 },
    });
  });
  test('a page GigLens does not read is unsupported, even with cards on it', () => {
    expect(fiverr.parsePage(page(card()), new URL('https://www.fiverr.com/'))).toMatchObject({
      status: 'unsupported', kind: 'other', listings: [],
    });
    expect(fiverr.listingSelector('other')).toBeNull();
  });
  test('cards that cannot be read are counted, not dropped silently', () => {
    const doc = page(card() + card({ slot: 'garbled' }) + card({ slot: '5_2', title: 'x'.repeat(1001) }));
    expect(fiverr.parsePage(doc, SEARCH).health).toEqual({ found: 3, parsed: 1 });
  });
});

describe('cards with fields missing or garbled (DOM only)', () => {
  test('the complete card reads fully', () => {
    expect(one(card())).toMatchObject({
      id: '194903335', url: 'https://www.fiverr.com/aliceiza/help-you-develop-your-book-plot',
      title: 'I will help you get over writers block',
      seller: { name: 'aliceiza', displayName: 'Alice', level: 'level-2', rating: null, reviews: null },
      pay: { type: 'from', amount: 40, currency: 'USD' }, fiverrChoice: false, pro: false, promoted: null,
    });
  });

  test.each([
    ['no title', card({ title: '' })],
    ['an id that is not a gig id', card({ slot: 'abc' })],
    ['a javascript: link', card({ href: 'javascript:alert(1)' })],
    ['a link off Fiverr', card({ href: 'https://evil.example/aliceiza/gig' })],
    ['a protocol-relative link off Fiverr', card({ href: '//evil.example/aliceiza/gig' })],
    ['a title beyond the contract limit', card({ title: 'I will '.repeat(200) })],
  ])('%s: no listing', (_, markup) => {
    expect(one(markup)).toBeNull();
  });

  test.each([
    ['no price', { price: '' }, { pay: null }],
    ['a price without number', { price: '$abc' }, { pay: null }],
    ['a price in an unknown currency', { price: '¤40' }, { pay: null }],
    ['a price in euros with thousands', { price: '€1,250' }, { pay: { type: 'from', amount: 1250, currency: 'EUR' } }],
    ['a rating above five', { rating: '9.7', count: '12' }, { seller: { rating: null, reviews: 12 } }],
    ['a rating that is not a number', { rating: 'NaN', count: '3' }, { seller: { rating: null, reviews: 3 } }],
    ['"1k+" reviews', { rating: '4.9', count: '1k+' }, { seller: { rating: 4.9, reviews: 1000 } }],
    ['an unknown badge', { badge: 'Rising Talent' }, { seller: { level: null } }],
  ] as const)('%s: only that field is lost', (_, parts, want) => {
    expect(one(card(parts))).toMatchObject(want);
  });
});

describe('hostile strings', () => {
  test('markup in a title stays text and creates no element', () => {
    const l = one(card({ title: 'I will &lt;img src=x onerror=alert(1)&gt; &amp; &lt;script&gt;x()&lt;/script&gt;' }));
    expect(l?.title).toBe('I will <img src=x onerror=alert(1)> & <script>x()</script>');
  });

  test("badge words inside the title or the seller's name are not badges", () => {
    const l = one(card({ title: "I will be your Fiverr's Choice Vetted Pro", seller: 'Level 1', badge: '' }));
    expect(l?.fiverrChoice).toBe(false);
    expect(l?.pro).toBe(false);
    expect(l?.seller).toMatchObject({ displayName: 'Level 1', level: null });
  });

  test('Object prototype words are no levels', () => {
    expect(one(card({ badge: 'constructor' }))?.seller?.level).toBeNull();
    expect(one(card({ badge: '__proto__' }))?.seller?.level).toBeNull();
  });

  test('a username-like path with traversal stays a plain Fiverr URL', () => {
    const l = one(card({ href: '/aliceiza/../../evil/gig-slug?x=1#y' }));
    expect(l?.url).toBe('https://www.fiverr.com/evil/gig-slug');
    expect(l?.seller?.name).toBe('evil');
  });
});

describe('garbled embedded state', () => {
  const props = (json: string) => `<script type="application/json" id="perseus-initial-props">${json}</script>`;
  const record = (fields: object) =>
    props(JSON.stringify({ currency: { name: 'USD', rate: 1 }, listings: [{ gigs: [{ u_id: '194903335_1', gigId: 194903335, ...fields }] }] }));

  test('props that are not JSON: the DOM still reads the card', () => {
    expect(one(card(), props('{"listings": [ {"gigs": '))?.pay).toEqual({ type: 'from', amount: 40, currency: 'USD' });
  });

  test('a record of another gig in the card slot is ignored', () => {
    const l = one(card(), props(JSON.stringify({ currency: { name: 'USD', rate: 1 },
      listings: [{ gigs: [{ u_id: '194903335_1', gigId: 999, price_i: 1, title: 'other', type: 'promoted_gigs' }] }] })));
    expect(l).toMatchObject({ id: '194903335', promoted: null, pay: { amount: 40 } });
  });

  test('wrong types and impossible values lose only those fields', () => {
    const l = one(card(), record({
      price_i: -30, buying_review_rating: 'five', buying_review_rating_count: 7, seller_level: { $gt: '' },
      packages: { recommended: { duration: 'soon' } }, is_pro: 'yes', type: 'promoted_gigs', seller_name: 'aliceiza',
    }));
    expect(l).toMatchObject({
      pay: { type: 'from', amount: 40, currency: 'USD' }, deliveryDays: null, promoted: true, pro: false,
      seller: { name: 'aliceiza', rating: null, reviews: 7, level: 'level-2' },
    });
  });

  test('a currency with a garbled rate states no price from JSON; the DOM price stays', () => {
    const l = one(card(), props(JSON.stringify({ currency: { name: 'EUR', rate: 'x' },
      listings: [{ gigs: [{ u_id: '194903335_1', gigId: 194903335, price_i: 40 }] }] })));
    expect(l?.pay).toEqual({ type: 'from', amount: 40, currency: 'USD' });
  });

  test('a 2021 gig page whose inline props never close reads from the DOM', () => {
    const gig = new URL('https://www.fiverr.com/emmadriaz/do-b2b-lead-generation');
    const doc = page(`<div class="gig-page-wrapper" data-gig-id="229608247"><div class="gig-overview">
      <h1>I will do b2b lead generation</h1></div>
      <div class="package-content"><b class="title">Basic</b><span class="price">€4.65</span><b class="delivery">2 Days Delivery</b></div>
      <script>var c = React16.createElement(window.perseusApp.default, {"general": {"gigId": 1, "x": "}</script></div>`);
    expect(fiverr.parsePage(doc, gig).listings[0]).toMatchObject({
      id: '229608247', title: 'I will do b2b lead generation', seller: { name: 'emmadriaz' },
      pay: { type: 'from', amount: 4.65, currency: 'EUR' },
      packages: [{ name: 'Basic', price: 4.65, currency: 'EUR', deliveryDays: 2, revisions: null }],
    });
  });

  test('an element of the wrong kind, or no document state at all, never throws', () => {
    const doc = page('<div data-gig-id="1_0"></div>');
    const el = doc.querySelector('div')!;
    expect(() => fiverr.parseListing(el, { url: SEARCH, doc })).not.toThrow();
    expect(fiverr.parseListing(el, { url: SEARCH, doc })).toBeNull();
    expect(fiverr.parseListing(el, { url: new URL('https://www.fiverr.com/a/b'), doc })).toBeNull();
  });
});

describe('state replaced by in-page navigation', () => {
  test('a new props script is read anew; the old records no longer answer', () => {
    const state = (type: string, count: number) => JSON.stringify({ currency: { name: 'USD', rate: 1 },
      listings: [{ gigs: [{ u_id: '194903335_1', gigId: 194903335, type, buying_review_rating: 4.9, buying_review_rating_count: count }] }] });
    const doc = page(card({ rating: '4.9', count: '1k+' }),
      `<script type="application/json" id="perseus-initial-props">${state('promoted_gigs', 1520)}</script>`);
    const el = doc.querySelector('[data-gig-id]')!;
    const read = () => fiverr.parseListing(el, { url: SEARCH, doc });
    expect([read()?.promoted, read()?.seller?.reviews]).toEqual([true, 1520]);

    const next = doc.createElement('script');
    next.setAttribute('type', 'application/json');
    next.id = 'perseus-initial-props';
    next.textContent = state('', 1600);
    doc.querySelector('#perseus-initial-props')!.replaceWith(next);
    expect([read()?.promoted, read()?.seller?.reviews]).toEqual([false, 1600]);

    next.remove();
    expect([read()?.promoted, read()?.seller?.reviews]).toEqual([null, 1000]);
  });
});
