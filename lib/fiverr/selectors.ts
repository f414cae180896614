// Every Fiverr selector in one place. Class names on Fiverr are hashed per build
// (`_1qwbi7a…`, `vp9lqt…`), so each selector keys on a word that survived several eras,
// listed newest first with the era it was seen in. Evidence: ../shared/research/markup-history.md
// (F = a saved page in ../shared/fixtures/pages, C = seen in open-source scrapers).

/** Gig cards on search, category, tag and seller pages. */
export const CARD = [
  // 2025-08 (F): `.gig-card-layout > .gig-wrapper-impressions.gig-wrapper.basic-gig-card[data-gig-id]`;
  // the inner `.basic-gig-card` has no data-gig-id, so requiring it counts each card once.
  '.gig-wrapper[data-gig-id]',
  // 2024-02 (C: Laura1608): `div.basic-gig-card` carried the id already.
  '.basic-gig-card[data-gig-id]',
].join(', ');

/** The gig page's main container (one per page). */
export const GIG_PAGE = [
  // 2021-12 (F): `div.gig-page-wrapper[data-gig-id][data-username][data-slug]`.
  '.gig-page-wrapper',
].join(', ');

export const card = {
  /** 2025-08 (F): three anchors per card (image, title, price) all labelled "Go to gig". */
  gigLink: ['a[aria-label="Go to gig"]', 'h3 a'],
  title: [
    // 2025-08 (F): `p[role="heading"][title]` inside the second gig link.
    'p[role="heading"]',
    // 2020-06, 2022-10 (C): the title was the `h3 > a` text.
    'h3 a',
    // 2024-02 (C): `h3.QTdEgIS` (hashed class), so plain h3.
    'h3',
  ],
  /** 2025-08 (F): the seller link carries `source=gig_cards`; its span[title] is the display name. */
  sellerLink: ['a[href*="source=gig_cards"]', '.seller-name a', '.seller-info a'],
  ratingScore: ['.rating-score', '.gig-rating'],
  /** 2025-08 (F): "1k+" above 999, so the DOM count is a lower bound there. */
  ratingCount: ['.rating-count-number', '.ratings-count'],
  /** 2024-02 → 2025-08 (F): `span.text-bold.co-grey-1200` "From $75"; 2022-10 (C) `.price-wrapper`. */
  price: ['.co-grey-1200', '.price-wrapper', 'footer a'],
  /** 2025-08 (F): the display name sits in the seller link's `span[title]`. */
  sellerName: '[title]',
  /** Text nodes inside these are the card's own words, never badges. */
  notBadge: ['[role="heading"]', 'h3', 'figure', '.co-grey-1200', '.orca-rating'],
} as const;

export const gigPage = {
  // 2021-12 (F): `h1.text-display-3`; 2025-08 (markup-history): `.gig-overview h1`.
  title: ['.gig-overview h1', 'h1'],
  // 2021-12 (F): the overview shows the username as `a.seller-link`.
  sellerLink: ['.seller-overview a.seller-link', 'a.seller-link'],
  sellerLevel: ['.seller-overview .seller-level', '.seller-level'],
  // 2021-12 (F): the seller card shows the seller's own rating and count.
  sellerRating: ['.seller-card .rating-score', '.seller-overview .rating-score'],
  sellerRatingCount: ['.seller-card .ratings-count', '.seller-overview .ratings-count'],
  // 2021-12 (F): one `form.content` per package tab, each with `.package-content`.
  package: ['.packages-tabs .package-content', '.package-content'],
  packageName: ['b.title', '.title'],
  packagePrice: ['.price-wrapper .price', '.price'],
  packageDelivery: ['b.delivery', '.delivery'],
  packageRevisions: ['.revisions'],
  /** 2021-12 (F): tab labels "Basic", "Standard", "Premium" in the same order as the packages. */
  packageTab: ['.packages-tabs .nav-container label'],
  breadcrumbs: ['.categories-breadcrumbs a', 'nav.breadcrumbs a'],
  tags: ['.gig-tags-container li a'],
  description: ['.description-content'],
  /** 2021-12 (F): each package's order form carries `<input name="fiverr_choice" value="false">`. */
  choiceInput: 'input[name="fiverr_choice"]',
} as const;

export const listingPage = {
  /** 2025-08 (F): category pages: `nav.breadcrumbs` links with `source=breadcrumbs`. */
  breadcrumbs: ['nav.breadcrumbs a', 'a[href*="source=breadcrumbs"]'],
  heading: ['h1'],
} as const;

export const sellerPage = {
  /** 2025-08 (F): `h1[aria-label="Public Name"]` "Toni G." */
  displayName: ['h1[aria-label="Public Name"]'],
  /** 2025-08 (F): the level is a bare `<p>Level 1</p>` (hashed classes) near the name. */
  levelCandidates: 'p, span',
} as const;

export const embedded = {
  inlineScripts: 'script:not([src])',
  /** 2025-08 (F): search, category, tag and seller pages; gig pages from 2022 on. */
  perseusProps: 'script#perseus-initial-props',
  /** Both eras (F): Product, BreadcrumbList, FAQPage. */
  jsonLd: 'script[type="application/ld+json"]',
  /** 2021-12 (F): gig props passed inline to `React16.createElement(window.perseusApp.default, {…})`. */
  inlinePropsMarker: 'perseusApp.default,',
  /** 2025-08 (F): the header's category menu, `window.initialData.CategoriesMenu = {…}`. */
  categoriesMenuMarker: 'initialData.CategoriesMenu = ',
} as const;

/** PerimeterX "Press & Hold" walls (Fiverr's bot check) and their wording. */
export const blocked = {
  /** A page with gig cards is a real page, whatever its text says. */
  realPage: '[data-gig-id]',
  element: ['#px-captcha', '.px-captcha-container', '#px-captcha-wrapper', 'iframe[src*="captcha"]'],
  text: [/press\s*&\s*hold/i, /needs a human touch/i, /access to this page has been denied/i],
} as const;

/** The first element matching any variant, in order. */
export function pick(root: ParentNode, variants: readonly string[]): Element | null {
  for (const s of variants) {
    const el = root.querySelector(s);
    if (el) return el;
  }
  return null;
}

/** All elements of the first variant that matches at all. */
export function pickAll(root: ParentNode, variants: readonly string[]): Element[] {
  for (const s of variants) {
    const els = root.querySelectorAll(s);
    if (els.length) return Array.from(els);
  }
  return [];
}
