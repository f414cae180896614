// The DOM path, forced by removing the embedded state from a copy of each page: it must read
// the same counts, and the same values for every field the DOM shows, as the JSON path.
import { describe, expect, test } from 'vitest';
import { fiverr } from '@/lib/fiverr/adapter';
import type { Listing } from '@/lib/model/listing';
import { listingOf, page, urlOf, type PageName } from './helpers';

const slotsOf = (name: PageName) =>
  Array.from(page(name).querySelectorAll(fiverr.listingSelector('search')!)).map((el) => el.getAttribute('data-gig-id')!);

/** What a card shows: everything but the JSON-only fields (delivery, ads, exact counts above 999). */
const shown = (l: Listing | null) => ({
  id: l?.id, url: l?.url, title: l?.title, pay: l?.pay, fiverrChoice: l?.fiverrChoice, pro: l?.pro,
  seller: { name: l?.seller?.name, displayName: l?.seller?.displayName, rating: l?.seller?.rating },
});

describe.each(['search', 'category', 'seller'] as const)('%s page without its JSON', (name) => {
  test('finds and parses every card', () => {
    const json = fiverr.parsePage(page(name), urlOf(name));
    const dom = fiverr.parsePage(page(name, { dom: true }), urlOf(name));
    expect(dom.health).toEqual(json.health);
    expect(dom.listings.map((l) => l.id)).toEqual(json.listings.map((l) => l.id));
  });

  test.each(slotsOf(name))('card %s reads the same from the DOM', (slot) => {
    const json = listingOf(name, slot);
    const dom = listingOf(name, slot, { dom: true });
    expect(shown(dom)).toEqual(shown(json));
    // Levels: the card shows one unless a Fiverr's Choice badge takes its place, or the seller has none.
    if (dom?.seller?.level) expect(dom.seller.level).toBe(json?.seller?.level);
    else expect(json?.fiverrChoice || json?.seller?.level === 'new' || name === 'seller').toBe(true);
    // Counts: exact up to 999, "1k+" (a lower bound) above; none shown for a gig without reviews.
    const exact = json?.seller?.reviews ?? null;
    if (exact !== null && exact > 999) expect(dom?.seller?.reviews).toBe(1000);
    else expect(dom?.seller?.reviews).toBe(exact === 0 ? null : exact);
    // Only the JSON knows these.
    expect([dom?.deliveryDays, dom?.promoted]).toEqual([null, null]);
  });
});

test.each([
  {
    name: 'category' as const,
    slot: '69345221_0',
    want: { level: 'top-rated', reviews: 1000, category: 'Graphics & Design', subcategory: 'Logo Design' },
  },
  { name: 'search' as const, slot: '445494852_6', want: { level: null, reviews: null, category: null, subcategory: null } },
  { name: 'seller' as const, slot: '130458641', want: { level: 'level-1', reviews: 836, category: null, subcategory: null } },
])('DOM only, $name $slot: level, count and category as the page shows them', ({ name, slot, want }) => {
  const l = listingOf(name, slot, { dom: true });
  expect({
    level: l?.seller?.level, reviews: l?.seller?.reviews,
    category: l?.platformCategory, subcategory: l?.platformSubcategory,
  }).toEqual(want);
});

test('gig page without its JSON reads the same, except Pro which only the JSON states', () => {
  const json = listingOf('gig', null);
  const dom = listingOf('gig', null, { dom: true });
  expect(dom).toEqual({ ...json, pro: null });
  expect(dom?.packages).toHaveLength(3);
  expect(page('gig', { dom: true }).querySelectorAll('script[type="application/ld+json"]')).toHaveLength(0);
});
