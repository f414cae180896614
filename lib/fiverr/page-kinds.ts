// Fiverr page kinds as pure functions of the URL (github-url-detection style): each detector
// is followed by example URLs; tests/unit/fiverr/page-kinds.test.ts runs every detector on every
// example and expects true only on its own. A bot-check wall has no URL of its own (PerimeterX
// serves it in place of the page asked for), so `blocked` comes from the document: isBlocked().

// Only the English site: localized hosts (de.fiverr.com…) word levels and badges differently.
const HOSTS = new Set(['www.fiverr.com', 'fiverr.com']);

const segments = (url: URL): string[] | null =>
  HOSTS.has(url.hostname) && url.protocol === 'https:' ? url.pathname.split('/').filter(Boolean) : null;

/** First path segments that are Fiverr's own pages, never a seller's username. */
const RESERVED = new Set([
  'categories', 'search', 'gigs', 'levels', 'pro', 'support', 'resources', 'start_selling', 'login',
  'join', 'inbox', 'users', 'sellers', 'cp', 'business', 'logo-maker', 'community', 'press',
  'partnerships', 'terms_of_service', 'privacy-policy', 'home', 'orders', 'manage_orders',
  'manage_gigs', 'conversations', 'lists', 'settings', 'seller_dashboard', 'earnings', 'stores',
  'hire', 'discover', 'checkout', 'cart', 'notifications', 'px', 'api', 'go', 'lp', 'jobs',
  'fiverr-go', 'projects', 'brief', 'pages', 'legal-portal', 'hourly', 'account', 'become-a-seller',
]);

const USERNAME = /^[a-z0-9][\w.-]{0,119}$/i;
const SLUG = /^[a-z0-9][a-z0-9-]*$/i;

export const isSearch = (url: URL): boolean => {
  const s = segments(url);
  return s?.length === 2 && s[0] === 'search' && s[1] === 'gigs';
};
export const searchExamples = [
  "https://www.fiverr.com/search/gigs?query=writer%27s%20block",
  'https://www.fiverr.com/search/gigs?query=logo&source=top-bar&page=2',
  'https://fiverr.com/search/gigs/?query=n8n',
];

/** Category, subcategory and nested-subcategory listings. */
export const isCategory = (url: URL): boolean => {
  const s = segments(url);
  return !!s && s[0] === 'categories' && s.length >= 2 && s.length <= 4 && s.slice(1).every((p) => SLUG.test(p));
};
export const categoryExamples = [
  'https://www.fiverr.com/categories/graphics-design',
  'https://www.fiverr.com/categories/graphics-design/creative-logo-design',
  'https://www.fiverr.com/categories/programming-tech/website-development/wordpress?source=hplo',
];

/** Tag pages: `/gigs/<tag>`. */
export const isTag = (url: URL): boolean => {
  const s = segments(url);
  return s?.length === 2 && s[0] === 'gigs' && SLUG.test(s[1]!);
};
export const tagExamples = [
  'https://www.fiverr.com/gigs/b2b-lead-generation',
  'https://www.fiverr.com/gigs/logo?source=related',
];

/** Gig pages: `/<seller>/<gig-slug>`. */
export const isGig = (url: URL): boolean => {
  const s = segments(url);
  return s?.length === 2 && !RESERVED.has(s[0]!) && USERNAME.test(s[0]!) && SLUG.test(s[1]!);
};
export const gigExamples = [
  'https://www.fiverr.com/emmadriaz/do-b2b-lead-generation-contact-list-building-and-web-research',
  'https://www.fiverr.com/camilozuluagaf/create-brand-logo-identity-and-website?context_referrer=subcategory_listing&pckg_id=1',
  'https://www.fiverr.com/emily_ivy/write-articles-blogs-on-crypto-nft-block-chain',
];

/** Seller profiles: `/<seller>`. */
export const isSeller = (url: URL): boolean => {
  const s = segments(url);
  return s?.length === 1 && !RESERVED.has(s[0]!) && USERNAME.test(s[0]!) && !s[0]!.includes('.');
};
export const sellerExamples = [
  'https://www.fiverr.com/tonigdesign',
  'https://www.fiverr.com/shihabiiuc?source=gig_cards&referrer_gig_slug=write-cloudflare-custom-rules',
  'https://www.fiverr.com/de_collin',
];

/** Pages GigLens does not read; every detector must say false on them. */
export const unsupportedExamples = [
  'https://www.fiverr.com/',
  'https://www.fiverr.com/levels',
  'https://www.fiverr.com/inbox/someone',
  'https://www.fiverr.com/categories',
  'https://www.fiverr.com/search/users?query=logo',
  'https://www.fiverr.com/robots.txt',
  'https://de.fiverr.com/tonigdesign',
  'http://www.fiverr.com/tonigdesign',
  'https://www.upwork.com/nx/search/jobs/?q=logo',
  'https://www.fiverr.com.evil.example/tonigdesign',
];

export const PAGE_KINDS = ['search', 'category', 'tag', 'gig', 'seller'] as const;
export type FiverrPageKind = (typeof PAGE_KINDS)[number];

export const DETECTORS: Record<FiverrPageKind, (url: URL) => boolean> = {
  search: isSearch,
  category: isCategory,
  tag: isTag,
  gig: isGig,
  seller: isSeller,
};

export const EXAMPLES: Record<FiverrPageKind, string[]> = {
  search: searchExamples,
  category: categoryExamples,
  tag: tagExamples,
  gig: gigExamples,
  seller: sellerExamples,
};

export function pageKind(url: URL): FiverrPageKind | null {
  return PAGE_KINDS.find((kind) => DETECTORS[kind](url)) ?? null;
}
