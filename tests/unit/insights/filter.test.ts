// The dashboard table's filters, search and sort over the scenario history.
import { describe, expect, it, test } from 'vitest';
import { NO_FILTER, categoriesIn, filterListings, sortListings, type ListingFilter } from '@/lib/insights/filter';
import { scenario } from './scenario';

const history = scenario();
const count = (f: Partial<ListingFilter>) => filterListings(history, { ...NO_FILTER, ...f }).length;

describe('filters', () => {
  test.each<[string, number, Partial<ListingFilter>]>([
    ['nothing', 25, {}],
    ['Fiverr', 5, { platform: 'fiverr' }],
    ['Writing', 8, { category: 'Writing' }],
    ['no category', 1, { category: 'none' }],
    ['very high risk', 3, { risk: 'very-high' }],
    ['unknown risk', 1, { risk: 'unknown' }],
    ['hourly pay', 12, { payKind: 'hourly' }],
    ['fixed ≥ $1,000', 4, { payKind: 'fixed', payMin: 1000 }],
    ['any pay $30 to $40 (hourly midpoints and Fiverr prices)', 9, { payMin: 30, payMax: 40 }],
    ['seen from Aug 10', 17, { from: Date.UTC(2026, 7, 10) }],
    ['seen up to Aug 1', 5, { to: Date.UTC(2026, 7, 1) }],
    ['Upwork Writing at high risk', 3, { platform: 'upwork', category: 'Writing', risk: 'high' }],
  ])('%s → %i listings', (_name, n, f) => {
    expect(count(f)).toBe(n);
  });

  it('searches titles, skills and sellers, all words, ignoring case and accents', () => {
    expect(filterListings(history, { ...NO_FILTER, query: 'copywriter' }).map((l) => l.id)).toEqual([
      '~01fa1d02f2eabeb2b8',
      '~019a4b48d66cdc54d6',
    ]);
    expect(count({ query: 'SHOPIFY' })).toBe(8); // 6 titles, and 2 copywriting jobs for Shopify stores in their descriptions
    expect(count({ query: 'shopify consultant' })).toBe(1);
    expect(count({ query: 'writers block' })).toBe(3); // three Fiverr titles say "writers block"
    expect(count({ query: 'emily_ivy' })).toBe(1); // a Fiverr seller's username
    expect(count({ query: 'Gréek' })).toBe(1);
  });
});

describe('sort', () => {
  it('sorts by pay both ways, listings without pay last either way', () => {
    const asc = sortListings(history, { key: 'pay', dir: 'asc' });
    expect(asc.slice(0, 3).map((l) => l.pay)).toEqual([
      { type: 'from', amount: 15, currency: 'USD' },
      { type: 'from', amount: 15, currency: 'USD' },
      { type: 'hourly', min: 15, max: 30, currency: 'USD' },
    ]);
    const desc = sortListings(history, { key: 'pay', dir: 'desc' });
    expect(desc[0]!.id).toBe('~01e58456ea2c09e366');
  });

  it('sorts by risk score, unlabelled last', () => {
    const desc = sortListings(history, { key: 'risk', dir: 'desc' });
    expect(desc.slice(0, 2).map((l) => l.label?.risk?.score)).toEqual([90, 88]);
    expect(desc[desc.length - 1]!.label).toBeNull();
    const asc = sortListings(history, { key: 'risk', dir: 'asc' });
    expect(asc[0]!.label?.risk?.score).toBe(10);
    expect(asc[asc.length - 1]!.label).toBeNull();
  });

  it('sorts titles alphabetically and keeps the order of ties', () => {
    const byTitle = sortListings(history, { key: 'title', dir: 'asc' }).map((l) => l.title.slice(0, 12));
    expect(byTitle.slice(0, 3)).toEqual(['Build a drop', 'Cold Fusion ', 'Community Se']);
    expect(categoriesIn(history)).toEqual([
      'Admin Support', 'Design & Creative', 'IT & Networking', 'Sales & Marketing', 'Web, Mobile & Software Dev', 'Writing',
    ]);
  });
});
