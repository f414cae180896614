// The starting profile on a constructed history (exact weights, thresholds, ranking, the rate)
// and on the real saved pages (a starred search page, the job pages opened).
import { describe, expect, it } from 'vitest';
import { MIN_SKILL_LISTINGS, STARTING_SKILLS, startingProfile, type HistoryListing, type HistoryOutcome } from '@/lib/fit/starting-profile';
import type { Listing } from '@/lib/model/listing';
import { upwork } from '@/lib/upwork/adapter';
import { loadPage } from '../../fixtures';
import { savedPageItems } from '../db/saved-page-listings';

const hourly = (min: number, max: number, currency = 'USD'): Listing['pay'] => ({ type: 'hourly', min, max, currency });
const ACTIVITY = { interviewing: 0, invitesSent: 0, unansweredInvites: 0, lastViewedText: null, hires: 0 };
const PACKAGES = [{ name: 'Basic', price: 50, currency: 'USD', deliveryDays: 3, revisions: 1 }];

function listing(id: string, skills: string[], categoryId: string | null, over: Partial<HistoryListing> = {}): HistoryListing {
  return { platform: 'upwork', id, skills, categoryId, pay: null, activity: null, packages: null, ...over };
}
const outcome = (id: string, categoryId: string | null): HistoryOutcome => ({ platform: 'upwork', id, categoryId });

const HISTORY: HistoryListing[] = [
  listing('a1', ['Python', 'n8n', 'Zapier'], 'scripts-automation', { pay: hourly(20, 30) }),
  listing('a2', ['python 3', 'N8N', 'OpenAI'], 'ai-development', { pay: hourly(30, 50) }),
  listing('s1', ['Zapier', 'Make.com'], 'scripts-automation', { savedAt: 1, pay: hourly(10, 20) }),
  listing('s2', ['Make integromat', 'Airtable'], 'scripts-automation', { savedAt: 2, pay: { type: 'fixed', amount: 200, currency: 'USD' } }),
  listing('o1', ['Airtable', 'Python'], 'data-entry', { activity: ACTIVITY, pay: hourly(8, 12) }),
  { ...listing('o2', ['logo design'], 'logo-branding', { packages: PACKAGES }), platform: 'fiverr' },
  // Seen in a feed only: says nothing about the user.
  listing('x1', ['Python', 'n8n', 'Go'], 'scripts-automation', { pay: hourly(90, 90) }),
  listing('x2', ['Go', 'Rust'], 'software-development', { pay: hourly(80, 80) }),
];
const OUTCOMES = [outcome('a1', 'scripts-automation'), outcome('a2', 'ai-development'), outcome('gone', 'scripts-automation'), outcome('gone-too', null)];

describe('startingProfile on a constructed history', () => {
  const start = startingProfile(HISTORY, OUTCOMES);

  it('counts each listing once under its strongest signal; pruned applications too', () => {
    expect(start.basis).toEqual({ applied: 4, starred: 2, opened: 2 });
  });

  it('ranks skills by weight (applied 3, starred 2, opened 1), keeping those on two listings or more', () => {
    expect(MIN_SKILL_LISTINGS).toBe(2);
    expect(start.skills).toEqual([
      { key: 'python', name: 'Python', listings: 3, score: 7 },
      { key: 'n8n', name: 'n8n', listings: 2, score: 6 },
      { key: 'zapier', name: 'Zapier', listings: 2, score: 5 },
      { key: 'makecom', name: 'Make.com', listings: 2, score: 4 },
      { key: 'airtable', name: 'Airtable', listings: 2, score: 3 },
    ]);
  });

  it('keeps categories with a fifth of the weight or more, counting pruned applications', () => {
    // scripts-automation 3 + 2 + 2 + 3 (pruned) = 10, ai-development 3, data-entry 1, logo-branding 1: 15.
    expect(start.categories).toEqual([
      { id: 'scripts-automation', listings: 4, score: 10 },
      { id: 'ai-development', listings: 1, score: 3 },
    ]);
  });

  it('takes the median hourly midpoint of all picked jobs while fewer than 3 were applied to', () => {
    // 25 and 40 applied, 15 starred, 10 opened: median 20.
    expect(start.rate).toEqual({ hourly: 20, currency: 'USD', listings: 4, from: 'all' });
    expect(start.profile).toEqual({
      skills: ['Python', 'n8n', 'Zapier', 'Make.com', 'Airtable'],
      categories: ['scripts-automation', 'ai-development'],
      rate: { hourly: 20, currency: 'USD' },
    });
  });

  it('takes the applied jobs alone from 3 on', () => {
    const more = startingProfile([...HISTORY, listing('a3', [], null, { pay: hourly(60, 60) })], [...OUTCOMES, outcome('a3', null)]);
    expect(more.rate).toEqual({ hourly: 40, currency: 'USD', listings: 3, from: 'applied' });
  });

  it('uses the commonest currency and needs 3 hourly jobs in it', () => {
    const eur = [1, 2, 3].map((n) => listing(`e${n}`, [], null, { savedAt: n, pay: hourly(n * 10, n * 10, 'EUR') }));
    expect(startingProfile([...eur, listing('u', [], null, { savedAt: 9, pay: hourly(5, 5) })], []).rate).toEqual({ hourly: 20, currency: 'EUR', listings: 3, from: 'all' });
    expect(startingProfile(eur.slice(0, 2), []).rate).toBeNull();
  });

  it('offers at most 12 skills, ties by listings then name', () => {
    const skills = Array.from({ length: 20 }, (_, n) => `Skill ${String.fromCharCode(65 + n)}`);
    const many = startingProfile([listing('m1', skills, null, { savedAt: 1 }), listing('m2', skills, null, { savedAt: 2 })], []);
    expect(STARTING_SKILLS).toBe(12);
    expect(many.profile.skills).toEqual(skills.slice(0, 12));
  });

  it('is empty without history', () => {
    expect(startingProfile([], [])).toEqual({
      profile: { skills: [], categories: [], rate: null },
      basis: { applied: 0, starred: 0, opened: 0 },
      skills: [],
      categories: [],
      rate: null,
    });
  });
});

describe('startingProfile on the saved pages', () => {
  it('a starred search page and the opened job and gig pages give a Shopify-leaning profile', () => {
    const url = new URL('https://www.upwork.com/nx/search/jobs/?q=n8n');
    const starred = new Set(upwork.parsePage(loadPage('upwork-search-2026-02-logged-in-raw.html'), url).listings.map((l) => l.id));
    const history = savedPageItems().map(({ listing, label }) => ({
      ...listing,
      categoryId: label.category?.id ?? null,
      ...(starred.has(listing.id) ? { savedAt: 1 } : {}),
    }));
    const start = startingProfile(history, []);
    // Three Upwork job pages show "Activity on this job", the Fiverr gig page its packages.
    expect(start.basis).toEqual({ applied: 0, starred: 10, opened: 4 });
    expect(start.skills.map((s) => [s.name, s.listings, s.score])).toEqual([
      ['Shopify', 6, 12],
      ['Web Design', 3, 6],
      ['Search Engine Optimization', 2, 4],
      ['Stripe', 2, 4],
      ['Web Development', 2, 4],
      ['API Integration', 2, 3],
      ['Graphic Design', 2, 3],
      ['Lead Generation', 2, 3],
      ['Python', 2, 3],
      ['Automation', 2, 2],
    ]);
    expect(start.rate).toEqual({ hourly: 45, currency: 'USD', listings: 4, from: 'all' });
    // Categories come from the rules' labels: checked against a recount, not pinned.
    const picked = history.filter((l) => l.savedAt !== undefined || l.activity !== null || l.packages !== null);
    const weight = (l: HistoryListing) => (l.savedAt !== undefined ? 2 : 1);
    const total = picked.reduce((sum, l) => sum + (l.categoryId ? weight(l) : 0), 0);
    expect(start.categories.length).toBeGreaterThan(0);
    for (const c of start.categories) {
      const mine = picked.filter((l) => l.categoryId === c.id);
      expect(c).toEqual({ id: c.id, listings: mine.length, score: mine.reduce((sum, l) => sum + weight(l), 0) });
      expect(c.score).toBeGreaterThanOrEqual(0.2 * total);
    }
  });
});
