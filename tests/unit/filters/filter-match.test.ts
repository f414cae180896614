// Every filter rule on the real listings of the saved pages: each rule filters exactly the
// listings an independent reading of the same facts says it should, and never on a fact the
// listing does not show.
import { describe, expect, it } from 'vitest';
import { adviceFor } from '@/lib/background/page-advice';
import { filterHit, inHomeCurrency, type FilterFacts, type FilterSettings } from '@/lib/filters/filter-match';
import { FiltersSchema, FilterRuleSchema, type FilterRule } from '@/lib/filters/filter-schema';
import { fiverr } from '@/lib/fiverr/adapter';
import type { Listing } from '@/lib/model/listing';
import { RISK_LEVELS } from '@/lib/model/label';
import { labelWith } from '@/lib/rules/engine';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-schema';
import { upwork } from '@/lib/upwork/adapter';
import { fixtureUrls, loadPage } from '../../fixtures';

const NOW = Date.parse('2026-12-01T00:00:00Z');
const all: { listing: Listing; facts: FilterFacts }[] = [];
for (const { file, url } of fixtureUrls()) {
  const adapter = file.startsWith('upwork') ? upwork : fiverr;
  for (const listing of adapter.parsePage(loadPage(file), url).listings) {
    const label = labelWith(listing, {});
    const advice = adviceFor(listing, label, null, null, null, DEFAULT_SETTINGS, NOW);
    all.push({ listing, facts: { label, verdict: advice?.verdict ?? null, clientQuality: advice?.quality.score ?? null } });
  }
}
const upworkOnes = all.filter((a) => a.listing.platform === 'upwork');
const fiverrOnes = all.filter((a) => a.listing.platform === 'fiverr');

/** Settings with one rule of one site on. */
function only(platform: 'upwork' | 'fiverr', rule: Partial<FilterRule> & { kind: FilterRule['kind'] }, extra: Partial<FilterSettings> = {}): FilterSettings {
  const on = FilterRuleSchema.parse({ ...rule, on: true });
  return { filters: FiltersSchema.parse({ [platform]: [on] }), homeCurrency: null, dimHighRisk: false, ...extra };
}
const hits = (set: typeof all, settings: FilterSettings) => set.filter((a) => filterHit(a.listing, a.facts, settings)).map((a) => a.listing.id);
const ids = (set: typeof all, keep: (a: (typeof all)[number]) => boolean) => set.filter(keep).map((a) => a.listing.id);

describe('filter rules on the saved pages', () => {
  it('has real listings of both sites to filter', () => {
    expect(upworkOnes.length).toBeGreaterThan(50);
    expect(fiverrOnes.length).toBeGreaterThan(40);
  });

  it.each(['medium', 'high', 'very-high'] as const)('risk at or above %s', (level) => {
    const min = RISK_LEVELS.indexOf(level);
    const expected = ids(all, (a) => !!a.facts.label?.risk && RISK_LEVELS.indexOf(a.facts.label.risk.level) >= min);
    expect(expected.length).toBeGreaterThan(0);
    expect([...hits(upworkOnes, only('upwork', { kind: 'risk', level })), ...hits(fiverrOnes, only('fiverr', { kind: 'risk', level }))]).toEqual(
      [...ids(upworkOnes, (a) => expected.includes(a.listing.id)), ...ids(fiverrOnes, (a) => expected.includes(a.listing.id))],
    );
  });

  it('Connects verdict "Skip" and client quality below N (Upwork)', () => {
    expect(hits(upworkOnes, only('upwork', { kind: 'verdict-skip' }))).toEqual(ids(upworkOnes, (a) => a.facts.verdict === 'skip'));
    const below = ids(upworkOnes, (a) => a.facts.clientQuality !== null && a.facts.clientQuality < 70);
    expect(below.length).toBeGreaterThan(0);
    expect(hits(upworkOnes, only('upwork', { kind: 'client-quality', below: 70 }))).toEqual(below);
  });

  it('payment unverified matches only a stated "unverified", never an unknown', () => {
    const expected = ids(upworkOnes, (a) => a.listing.client?.paymentVerified === false);
    expect(expected.length).toBeGreaterThan(0);
    expect(hits(upworkOnes, only('upwork', { kind: 'payment-unverified' }))).toEqual(expected);
  });

  it('hourly below $N, and in the home currency', () => {
    const top = (l: Listing) => (l.pay?.type === 'hourly' ? (l.pay.max ?? l.pay.min) : null);
    const expected = ids(upworkOnes, (a) => (top(a.listing) ?? Infinity) < 30);
    expect(expected.length).toBeGreaterThan(0);
    expect(hits(upworkOnes, only('upwork', { kind: 'hourly-below', amount: 30 }))).toEqual(expected);
    // 30 USD is 8,400 PKR at 280 per dollar: the same listings.
    const pkr = { homeCurrency: { code: 'PKR', perUsd: 280 } };
    expect(hits(upworkOnes, only('upwork', { kind: 'hourly-below', amount: 8400 }, pkr))).toEqual(expected);
  });

  it('fixed budget (Upwork) and starting price (Fiverr) below $N', () => {
    // A price in another currency than USD (no home currency set) cannot be compared: unknown.
    const amount = (l: Listing) => (l.pay && l.pay.type !== 'hourly' && l.pay.currency === 'USD' ? l.pay.amount : Infinity);
    const up = ids(upworkOnes, (a) => amount(a.listing) < 100);
    const fi = ids(fiverrOnes, (a) => amount(a.listing) < 50);
    expect(up.length * fi.length).toBeGreaterThan(0);
    expect(hits(upworkOnes, only('upwork', { kind: 'budget-below', amount: 100 }))).toEqual(up);
    expect(hits(fiverrOnes, only('fiverr', { kind: 'budget-below', amount: 50 }))).toEqual(fi);
  });

  it('proposals at or above a tier', () => {
    const expected = ids(upworkOnes, (a) => (a.listing.proposals?.min ?? -1) >= 10);
    expect(expected.length).toBeGreaterThan(0);
    expect(hits(upworkOnes, only('upwork', { kind: 'proposals', atLeast: 10 }))).toEqual(expected);
  });

  it('muted categories and whole-word keywords', () => {
    const logo = ids(fiverrOnes, (a) => a.facts.label?.category?.id === 'logo-branding');
    expect(logo.length).toBeGreaterThan(0);
    expect(hits(fiverrOnes, only('fiverr', { kind: 'categories', ids: ['logo-branding'] }))).toEqual(logo);
    const word = (l: Listing) => /(^|[^a-z0-9])logo($|[^a-z0-9])/i.test([l.title, ...l.skills, l.description ?? ''].join('\n'));
    const expected = ids(fiverrOnes, (a) => word(a.listing));
    expect(expected.length).toBeGreaterThan(0);
    expect(hits(fiverrOnes, only('fiverr', { kind: 'keywords', words: ['LOGO'] }))).toEqual(expected);
    // "logos" is another word: a whole-word rule does not fold "logo" tiles for it.
    expect(hits(fiverrOnes, only('fiverr', { kind: 'keywords', words: ['logotype'] }))).toEqual([]);
  });

  it('seller level and rating below N (Fiverr)', () => {
    const order = ['new', 'level-1', 'level-2', 'top-rated', 'pro'];
    const expected = ids(fiverrOnes, (a) => !!a.listing.seller?.level && order.indexOf(a.listing.seller.level) < order.indexOf('level-2'));
    expect(expected.length).toBeGreaterThan(0);
    expect(hits(fiverrOnes, only('fiverr', { kind: 'seller-level', below: 'level-2' }))).toEqual(expected);
    const rated = ids(fiverrOnes, (a) => (a.listing.seller?.rating ?? 5) < 4.9);
    expect(rated.length).toBeGreaterThan(0);
    expect(hits(fiverrOnes, only('fiverr', { kind: 'rating-below', below: 4.9 }))).toEqual(rated);
  });

  it('a rule that is off, the master switch off, or the other site\'s rule filters nothing', () => {
    const off = only('upwork', { kind: 'risk', level: 'medium' });
    expect(hits(upworkOnes, { ...off, filters: { ...off.filters, enabled: false } })).toEqual([]);
    expect(hits(fiverrOnes, off)).toEqual([]);
    const rule = FilterRuleSchema.parse({ kind: 'risk', level: 'medium', on: false });
    expect(hits(upworkOnes, { ...off, filters: FiltersSchema.parse({ upwork: [rule] }) })).toEqual([]);
  });

  it('a fold wins over a fade, whatever the order', () => {
    const filters = FiltersSchema.parse({
      upwork: [
        { kind: 'risk', on: true, action: 'fade', level: 'medium' },
        { kind: 'keywords', on: true, action: 'fold', words: ['data'] },
      ],
    });
    const settings = { filters, homeCurrency: null, dimHighRisk: false };
    const both = upworkOnes.find((a) => RISK_LEVELS.indexOf(a.facts.label!.risk!.level) >= 2 && /\bdata\b/i.test([a.listing.title, ...a.listing.skills, a.listing.description ?? ''].join(' ')));
    expect(both).toBeDefined();
    expect(filterHit(both!.listing, both!.facts, settings)?.action).toBe('fold');
  });

  it('the older "dim high risk" switch fades high and very high risk', () => {
    const settings: FilterSettings = { filters: FiltersSchema.parse({}), homeCurrency: null, dimHighRisk: true };
    const expected = ids(all, (a) => a.facts.label?.risk?.level === 'high' || a.facts.label?.risk?.level === 'very-high');
    expect(all.filter((a) => filterHit(a.listing, a.facts, settings)?.action === 'fade').map((a) => a.listing.id)).toEqual(expected);
  });

  it('converts only what it can: a currency that is neither USD nor home is unknown', () => {
    expect(inHomeCurrency(10, 'USD', null)).toBe(10);
    expect(inHomeCurrency(10, 'USD', { code: 'PKR', perUsd: 280 })).toBe(2800);
    expect(inHomeCurrency(2800, 'PKR', { code: 'PKR', perUsd: 280 })).toBe(2800);
    expect(inHomeCurrency(10, 'EUR', null)).toBeNull();
  });

  it('settings: every kind of each site present by default, off; duplicates and junk refused or dropped', () => {
    const d = FiltersSchema.parse({});
    expect(d.upwork.map((r) => r.kind)).toContain('verdict-skip');
    expect(d.fiverr.every((r) => !r.on)).toBe(true);
    const twice = FiltersSchema.parse({ upwork: [{ kind: 'risk', on: true }, { kind: 'risk', on: false }] });
    expect(twice.upwork).toHaveLength(1);
    expect(twice.upwork[0]!.on).toBe(true);
    expect(FiltersSchema.safeParse({ upwork: [{ kind: 'risk', action: 'delete' }] }).success).toBe(false);
    expect(FiltersSchema.safeParse({ fiverr: [{ kind: 'keywords', words: ['x'.repeat(500)] }] }).success).toBe(false);
  });
});
