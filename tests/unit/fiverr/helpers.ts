// Shared by the Fiverr tests: the real pages with the URLs MANIFEST.md serves them at, and a
// way to force the DOM path by removing every script that holds page state.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPage } from '../../fixtures';
import { fiverr } from '@/lib/fiverr/adapter';
import type { Listing } from '@/lib/model/listing';

export const PAGES = {
  search: {
    file: 'fiverr-search-2025-08.html',
    url: "https://www.fiverr.com/search/gigs?query=writer%27s%20block",
  },
  category: {
    file: 'fiverr-category-logo-design-2025-08.html',
    url: 'https://www.fiverr.com/categories/graphics-design/creative-logo-design',
  },
  seller: { file: 'fiverr-seller-2025-08.html', url: 'https://www.fiverr.com/tonigdesign' },
  gig: {
    file: 'fiverr-gig-2021-12-raw.html',
    url: 'https://www.fiverr.com/emmadriaz/do-b2b-lead-generation-contact-list-building-and-web-research',
  },
} as const;
export type PageName = keyof typeof PAGES;

const cache = new Map<string, Document>();

/** A parsed fixture, shared between tests of one file (parsers never modify it). */
export function page(name: PageName, { dom = false } = {}): Document {
  const key = `${name}:${dom}`;
  let doc = cache.get(key);
  if (!doc) {
    doc = loadPage(PAGES[name].file);
    if (dom) stripEmbeddedState(doc);
    cache.set(key, doc);
  }
  return doc;
}

/** Removes JSON scripts (perseus props, JSON-LD) and inline state (`initialData`, 2021 props). */
export function stripEmbeddedState(doc: Document): void {
  for (const s of Array.from(doc.querySelectorAll('script'))) {
    const text = s.textContent ?? '';
    if (/json/i.test(s.getAttribute('type') ?? '') || /initialData|perseusApp/.test(text)) s.remove();
  }
}

export const urlOf = (name: PageName) => new URL(PAGES[name].url);

/** The listing one card (by its data-gig-id) or the gig page reads to. */
export function listingOf(name: PageName, dataGigId: string | null, opts: { dom?: boolean } = {}): Listing | null {
  const doc = page(name, opts);
  const el = dataGigId
    ? doc.querySelector(`[data-gig-id="${dataGigId}"]`)
    : doc.querySelector(fiverr.listingSelector('gig')!);
  if (!el) throw new Error(`no element ${dataGigId} on ${name}`);
  return fiverr.parseListing(el, { url: urlOf(name), doc });
}

export const ownFixture = (file: string): Document =>
  new DOMParser().parseFromString(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures', file), 'utf8'), 'text/html');

/** A document from markup written in a test. */
export const html = (markup: string): Document => new DOMParser().parseFromString(markup, 'text/html');

/** A card in the 2025-08 markup (trimmed from fiverr-search-2025-08.html), parts replaceable. */
export function card(o: {
  slot?: string; href?: string; title?: string; seller?: string; sellerHref?: string; badge?: string;
  rating?: string; count?: string; price?: string;
} = {}): string {
  const href = o.href ?? '/aliceiza/help-you-develop-your-book-plot?context_referrer=search_gigs';
  const rating = o.rating === undefined && o.count === undefined ? '' : `<div class="orca-rating">
      <strong class="rating-score">${o.rating ?? ''}</strong>
      <span class="ratings-count">(<span class="rating-count-number">${o.count ?? ''}</span>)</span></div>`;
  return `<div class="gig-card-layout"><div class="gig-wrapper-impressions gig-wrapper basic-gig-card" data-gig-id="${o.slot ?? '194903335_1'}">
    <div class="basic-gig-card">
      <a href="${href}" aria-label="Go to gig" class="media"><img alt=""></a>
      <div class="flex-between"><span class="p-r-24">
        <a href="${o.sellerHref ?? '/aliceiza?source=gig_cards'}" class="text-bold"><span title="${o.seller ?? 'Alice'}">${o.seller ?? 'Alice'}</span></a>
      </span><span><div><p>${o.badge ?? 'Level 2'}</p></div></span></div>
      ${o.title === '' ? '' : `<a href="${href}" aria-label="Go to gig"><p role="heading" aria-level="3">${o.title ?? 'I will help you get over writers block'}</p></a>`}
      ${rating}
      ${o.price === '' ? '' : `<a href="${href}" aria-label="Go to gig"><span class="text-bold co-grey-1200">From<span>${o.price ?? '$40'}</span></span></a>`}
    </div></div></div>`;
}
