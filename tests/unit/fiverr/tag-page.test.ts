// Tag pages (/gigs/<tag>) keep their gigs in a top-level `gigs[]` of the perseus props
// (markup-history.md; no saved tag page exists), and every listing page names categories
// through the header menu. A small page of our own in the 2025-08 shapes exercises both.
import { expect, test } from 'vitest';
import { fiverr } from '@/lib/fiverr/adapter';
import { card, html } from './helpers';

const TAG = new URL('https://www.fiverr.com/gigs/writers-block');

const props = {
  currency: { name: 'USD', rate: 1, template: '${{amount}}', forceRound: true, forceRoundFromAmount: 1000 },
  gigs: [
    {
      gigId: 194903335, u_id: '194903335_0', type: 'promoted_gigs', title: 'help you get over writers block',
      gig_url: '/aliceiza/help-you-develop-your-book-plot', seller_name: 'aliceiza', seller_display_name: 'Alice',
      seller_level: 'level_two_seller', buying_review_rating: 4.9, buying_review_rating_count: 1520,
      price_i: 40, packages: { recommended: { price: 40, duration: 4 } }, is_fiverr_choice: false, is_pro: false,
      category_id: 5, sub_category_id: 430,
    },
    {
      gigId: 445494852, u_id: '445494852_1', title: 'revive your story', gig_url: '/noah_eliza/revive-your-story',
      seller_name: 'noah_eliza', seller_display_name: 'Noah E', seller_level: '', buying_review_rating: 0,
      buying_review_rating_count: 0, price_i: 25, packages: { recommended: { price: 25, duration: 2 } },
      is_fiverr_choice: false, is_pro: false, category_id: 5, sub_category_id: 30,
    },
  ],
};

// The header menu: category 5 once, subcategory 430 under one name, 30 under two (left unnamed).
const menu = {
  cmsConfig: { alias: 'Browse Categories', children: [
    { alias: 'Writing & Translation', webLink: { type: 'Category', category_id: '5' }, children: [
      { alias: 'Editing & Critique', children: [
        { alias: 'Book Editing', webLink: { type: 'Subcategory', category_id: '5', sub_category_id: '430' } },
      ] },
      { alias: 'Legal Services', webLink: { type: 'Subcategory', category_id: '5', sub_category_id: '30' } },
      { alias: 'Legal Consulting', webLink: { type: 'Subcategory', category_id: '5', sub_category_id: '30' } },
    ] },
  ] },
};

const doc = html(`<!doctype html><html><head>
  <script>window.initialData = window.initialData || {};
    window.initialData.CategoriesMenu = ${JSON.stringify(menu)};</script>
  <script type="application/json" id="perseus-initial-props">${JSON.stringify(props)}</script>
</head><body>
  ${card({ slot: '194903335_0', rating: '4.9', count: '1k+' })}
  ${card({
    slot: '445494852_1', href: '/noah_eliza/revive-your-story?pos=2', seller: 'Noah E', badge: '',
    title: 'I will revive your story', price: '$25',
  })}
</body></html>`);

test('a tag page reads its cards with the top-level gigs[] records', () => {
  const result = fiverr.parsePage(doc, TAG);
  expect(result).toMatchObject({ kind: 'tag', status: 'ok', health: { found: 2, parsed: 2 } });
  expect(result.listings.map((l) => [l.id, l.promoted, l.seller?.reviews, l.seller?.level, l.deliveryDays])).toEqual([
    ['194903335', true, 1520, 'level-2', 4],
    ['445494852', false, 0, 'new', 2],
  ]);
});

test('categories come from the header menu; an id the menu names twice stays unnamed', () => {
  const [first, second] = fiverr.parsePage(doc, TAG).listings;
  expect([first?.platformCategory, first?.platformSubcategory]).toEqual(['Writing & Translation', 'Book Editing']);
  expect([second?.platformCategory, second?.platformSubcategory]).toEqual(['Writing & Translation', null]);
});
