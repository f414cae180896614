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
