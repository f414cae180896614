// Every Fiverr page in ../shared/fixtures/pages: exact counts, and exact values for every field
// of chosen gigs, read off the pages by hand (card text and the page's embedded JSON).
import { describe, expect, test } from 'vitest';
import { fiverr } from '@/lib/fiverr/adapter';
import type { Listing } from '@/lib/model/listing';
import { PAGES, listingOf, page, urlOf, type PageName } from './helpers';

/** Contract fields Fiverr pages never state. */
const NOT_ON_FIVERR = {
  experience: null, duration: null, workload: null, postedAt: null, postedText: null,
  proposals: null, connects: null, client: null, activity: null,
} as const;

/** A gig card: no description, skills or packages on cards. */
const card = (l: Omit<Listing, keyof typeof NOT_ON_FIVERR | 'platform' | 'description' | 'skills' | 'packages'>): Listing => ({
  platform: 'fiverr', description: null, skills: [], packages: null, ...NOT_ON_FIVERR, ...l,
});

describe.each([
  // page, kind, cards found, cards parsed, distinct gigs (an ad slot repeats an organic gig)
  ['search', 'search', 27, 27, 26],
  ['category', 'category', 48, 48, 44],
  ['seller', 'seller', 1, 1, 1],
  ['gig', 'gig', 1, 1, 1],
] as const)('%s page', (name: PageName, kind, found, parsed, distinct) => {
  const result = fiverr.parsePage(page(name), urlOf(name));

  test(`is a ${kind} page read in full: ${found} found, ${parsed} parsed, ${distinct} gigs`, () => {
    expect(result.platform).toBe('fiverr');
    expect(result.kind).toBe(kind);
    expect(result.status).toBe('ok');
    expect(result.health).toEqual({ found, parsed });
    expect(result.listings).toHaveLength(distinct);
    expect(new Set(result.listings.map((l) => l.id)).size).toBe(distinct);
  });

  test('is not mistaken for a bot check', () => {
    expect(fiverr.isBlocked(page(name))).toBe(false);
  });

  test('every listing has a canonical gig URL, its seller, a price and a title', () => {
    for (const l of result.listings) {
      expect(l.url).toMatch(/^https:\/\/www\.fiverr\.com\/[\w.-]+\/[a-z0-9-]+$/);
      expect(l.url.split('/')[3]).toBe(l.seller?.name);
      expect(l.pay?.type).toBe('from');
      expect(l.title.length).toBeGreaterThan(10);
    }
  });
});

const search = 'search' as const;
const category = 'category' as const;

test.each([
  {
    name: search,
    slot: '446457949_0',
    why: 'an ad (promoted_gigs), gig without reviews although its seller has 169',
    want: card({
      id: '446457949',
      url: 'https://www.fiverr.com/shihabiiuc/write-cloudflare-custom-rules-to-block-specific-countires-spammers-and-hackers',
      title: 'I will write cloudflare custom rules to block specific countries spammers hackers',
      seller: { name: 'shihabiiuc', displayName: 'Shihab', level: 'level-2', rating: null, reviews: 0 },
      pay: { type: 'from', amount: 30, currency: 'USD' },
      deliveryDays: 1, promoted: true, fiverrChoice: false, pro: false,
      platformCategory: 'Programming & Tech', platformSubcategory: 'Website Maintenance',
    }),
  },
  {
    name: search,
    slot: '446457949_5',
    why: 'the same gig in its organic slot',
    want: card({
      id: '446457949',
      url: 'https://www.fiverr.com/shihabiiuc/write-cloudflare-custom-rules-to-block-specific-countires-spammers-and-hackers',
      title: 'I will write cloudflare custom rules to block specific countries spammers hackers',
      seller: { name: 'shihabiiuc', displayName: 'Shihab', level: 'level-2', rating: null, reviews: 0 },
      pay: { type: 'from', amount: 30, currency: 'USD' },
      deliveryDays: 1, promoted: false, fiverrChoice: false, pro: false,
      platformCategory: 'Programming & Tech', platformSubcategory: 'Website Maintenance',
    }),
  },
  {
    name: search,
    slot: '445494852_6',
    why: 'a new seller without level or rating',
    want: card({
      id: '445494852',
      url: 'https://www.fiverr.com/noah_eliza/revive-your-story-tailored-ideas-to-overcome-writers-block',
      title: 'I will revive your story tailored ideas to overcome writers block',
      seller: { name: 'noah_eliza', displayName: 'Noah E', level: 'new', rating: null, reviews: 0 },
      pay: { type: 'from', amount: 40, currency: 'USD' },
      deliveryDays: 2, promoted: false, fiverrChoice: false, pro: false,
      platformCategory: 'Writing & Translation', platformSubcategory: 'Book & eBook Writing',
    }),
  },
  {
    name: search,
    slot: '194903335_1',
    why: 'a rated Level 2 gig',
    want: card({
      id: '194903335',
      url: 'https://www.fiverr.com/aliceiza/help-you-develop-your-book-plot-when-you-get-writers-block',
      title: 'I will help you get over writers block',
      seller: { name: 'aliceiza', displayName: 'Alice', level: 'level-2', rating: 4.7, reviews: 19 },
      pay: { type: 'from', amount: 40, currency: 'USD' },
      deliveryDays: 4, promoted: false, fiverrChoice: false, pro: false,
      platformCategory: 'Writing & Translation', platformSubcategory: 'Book Editing',
    }),
  },
  {
    name: search,
    slot: '166344500_4',
    why: 'a new seller whose gig has a review; display name is the username',
    want: card({
      id: '166344500',
      url: 'https://www.fiverr.com/mragonrider/brainstorm-book-ideas-and-help-break-writers-block',
      title: 'I will brainstorm book ideas and help break writers block',
      seller: { name: 'mragonrider', displayName: 'mragonrider', level: 'new', rating: 5, reviews: 1 },
      pay: { type: 'from', amount: 15, currency: 'USD' },
      deliveryDays: 2, promoted: false, fiverrChoice: false, pro: false,
      platformCategory: 'Writing & Translation', platformSubcategory: 'Creative Writing',
    }),
  },
  {
    name: category,
    slot: '69345221_0',
    why: 'an ad by a Top Rated seller; the card shows "1k+", the JSON 5538',
    want: card({
      id: '69345221',
      url: 'https://www.fiverr.com/camilozuluagaf/create-brand-logo-identity-and-website',
      title: 'I will design a professional and beautiful logo',
      seller: { name: 'camilozuluagaf', displayName: 'Camilo', level: 'top-rated', rating: 4.8, reviews: 5538 },
      pay: { type: 'from', amount: 75, currency: 'USD' },
      deliveryDays: 4, promoted: true, fiverrChoice: false, pro: false,
      platformCategory: 'Graphics & Design', platformSubcategory: 'Logo Design',
    }),
  },
  {
    name: category,
    slot: '243875722_4',
    why: "Fiverr's Choice (the badge takes the level's place on the card)",
    want: card({
      id: '243875722',
      url: 'https://www.fiverr.com/designer_smith1/do-modern-eye-catching-unique-business-logo',
      title: 'I will do unique, distinctive and professional business logo design',
      seller: { name: 'designer_smith1', displayName: 'Salman S', level: 'level-2', rating: 4.8, reviews: 173 },
      pay: { type: 'from', amount: 20, currency: 'USD' },
      deliveryDays: 2, promoted: false, fiverrChoice: true, pro: false,
      platformCategory: 'Graphics & Design', platformSubcategory: 'Logo Design',
    }),
  },
  {
    name: category,
    slot: '341988739_12',
    why: 'a Vetted Pro gig in an ad slot',
    want: card({
      id: '341988739',
      url: 'https://www.fiverr.com/borydesign/create-a-timeless-logo-for-your-brand',
      title: 'I will create a timeless logo for your brand',
      seller: { name: 'borydesign', displayName: 'Jess', level: 'pro', rating: 4.9, reviews: 89 },
      pay: { type: 'from', amount: 100, currency: 'USD' },
      deliveryDays: 1, promoted: true, fiverrChoice: false, pro: true,
      platformCategory: 'Graphics & Design', platformSubcategory: 'Logo Design',
    }),
  },
  {
    name: category,
    slot: '104008641_5',
    why: 'an organic "fixed_pricing" slot; "1k+" on the card, 2532 in the JSON',
    want: card({
      id: '104008641',
      url: 'https://www.fiverr.com/jacky200/vector-image-to-vector',
      title: 'I will fix, modify, revamp,edit or redesign your existing logo',
      seller: { name: 'jacky200', displayName: 'Kamrunnaher', level: 'level-2', rating: 4.9, reviews: 2532 },
      pay: { type: 'from', amount: 10, currency: 'USD' },
      deliveryDays: 1, promoted: false, fiverrChoice: false, pro: false,
      platformCategory: 'Graphics & Design', platformSubcategory: 'Logo Design',
    }),
  },
  {
    name: category,
    slot: '306789465_25',
    why: "an agency's ad: the seller link goes to /agencies/illustra, the username is in the gig URL",
    want: card({
      id: '306789465',
      url: 'https://www.fiverr.com/amnaarshad171/create-modern-business-logo-design',
      title: 'Our agency will create a modern and minimalist business logo design',
      seller: { name: 'amnaarshad171', displayName: 'illustra Sol', level: 'level-2', rating: 4.9, reviews: 1189 },
      pay: { type: 'from', amount: 30, currency: 'USD' },
      deliveryDays: 1, promoted: true, fiverrChoice: false, pro: false,
      platformCategory: 'Graphics & Design', platformSubcategory: 'Logo Design',
    }),
  },
  {
    name: 'seller' as const,
    slot: '130458641',
    why: "the seller page's only gig: seller from the page header, no delivery in its JSON",
    want: card({
      id: '130458641',
      url: 'https://www.fiverr.com/tonigdesign/design-your-business-logo-and-branding',
      title: 'I will design your business logo and branding',
      seller: { name: 'tonigdesign', displayName: 'Toni G.', level: 'level-1', rating: 5, reviews: 836 },
      pay: { type: 'from', amount: 280, currency: 'USD' },
      deliveryDays: null, promoted: false, fiverrChoice: false, pro: false,
      platformCategory: 'Graphics & Design', platformSubcategory: 'Logo Design',
    }),
  },
])('$name card $slot: $why', ({ name, slot, want }) => {
  expect(listingOf(name, slot)).toEqual(want);
});

test('gig page 2021-12 (EUR): the gig, its seller card, three packages converted from US cents', () => {
  const l = listingOf('gig', null)!;
  expect({ ...l, description: null }).toEqual({
    platform: 'fiverr',
    ...NOT_ON_FIVERR,
    id: '229608247',
    url: PAGES.gig.url,
    title: 'I will do b2b lead generation, contact list building and web research',
    description: null,
    skills: ['b2b lead generation', 'business leads', 'lead generation', 'linkedin leads', 'contact list'],
    seller: { name: 'emmadriaz', displayName: null, level: 'level-1', rating: 5, reviews: 10 },
    pay: { type: 'from', amount: 4.65, currency: 'EUR' },
    packages: [
      { name: '✔ Basic Package ✔', price: 4.65, currency: 'EUR', deliveryDays: 2, revisions: null },
      { name: '⭐ Gold Package ⭐', price: 23.23, currency: 'EUR', deliveryDays: 4, revisions: null },
      { name: '💎 Diamond Package 💎', price: 46.45, currency: 'EUR', deliveryDays: 7, revisions: null },
    ],
    deliveryDays: 2,
    promoted: null,
    fiverrChoice: false,
    pro: false,
    platformCategory: 'Business',
    platformSubcategory: 'Other',
  });
  expect(l.description).toMatch(/^Hey! Thank you for checking out my gig! My name is Emmad, and I am your one-stop-shop/);
  expect(l.description).toMatch(/Best, Emmad$/);
  expect(l.description).toHaveLength(1184);
});

describe('badge slot', () => {
  test('on a card: right after the title link, outside it', () => {
    const el = page('category').querySelector('[data-gig-id="69345221_0"]')!;
    const slot = fiverr.badgeSlot(el);
    const title = el.querySelector('p[role="heading"]')!;
    expect((slot.before as Element | null)?.previousElementSibling).toBe(title.parentElement);
    expect(title.parentElement?.getAttribute('aria-label')).toBe('Go to gig');
    expect(slot.parent.contains(title)).toBe(true);
    expect(slot.parent.closest('a')).toBeNull();
  });
  test('on a gig page: right after the h1', () => {
    const el = page('gig').querySelector(fiverr.listingSelector('gig')!)!;
    const slot = fiverr.badgeSlot(el);
    expect(slot.parent.className).toBe('gig-overview');
    expect((slot.before as Element).previousElementSibling?.tagName).toBe('H1');
  });
});
