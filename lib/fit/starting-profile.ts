// A starting profile from what the user did with listings, for them to correct: the skills
// and categories of jobs they applied to, starred or opened, and the hourly rate those jobs
// paid. Stored history has no "viewed" flag: a job or gig page is known by what only it shows
// (Upwork's "Activity on this job", Fiverr's packages), so a listing read there counts as
// opened; one merely seen in a feed or search does not count at all.
import type { Listing } from '../model/listing';
import { payFigures } from '../trends/contribution';
import { distinctSkills } from './normalise-skill';
import type { Profile } from './profile-schema';

/** What the user did, strongest first, and how much it says about what they offer. */
export const SIGNAL_WEIGHTS = { applied: 3, starred: 2, opened: 1 } as const;
export type Signal = keyof typeof SIGNAL_WEIGHTS;

/** A skill on one listing only may be that client's wish, not the user's line of work. */
export const MIN_SKILL_LISTINGS = 2;
export const STARTING_SKILLS = 12;
/** A category below this share of the weight is a detour; at most this many are offered. */
export const MIN_CATEGORY_SHARE = 0.2;
export const STARTING_CATEGORIES = 3;
/** Fewer hourly jobs than this and a median says more about chance than about a rate. */
export const MIN_RATE_LISTINGS = 3;

/** A stored listing as the history hands it out (lib/db's StoredListing has these fields). */
export type HistoryListing = Pick<Listing, 'platform' | 'id' | 'skills' | 'pay' | 'activity' | 'packages'> & {
  categoryId: string | null;
  savedAt?: number;
};
/** An application the user marked (lib/db's OutcomeRecord has these fields); it outlives
 *  its listing, which retention may have pruned. */
export type HistoryOutcome = Pick<Listing, 'platform' | 'id'> & { categoryId: string | null };

export interface Ranked {
  listings: number;
  score: number;
}
export interface StartingProfile {
  profile: Profile;
  /** Listings behind it, each counted once under its strongest signal. */
  basis: Record<Signal, number>;
  skills: (Ranked & { key: string; name: string })[];
  categories: (Ranked & { id: string })[];
  rate: { hourly: number; currency: string; listings: number; from: 'applied' | 'all' } | null;
}

const keyOf = (l: { platform: string; id: string }) => `${l.platform}:${l.id}`;

function signalOf(l: HistoryListing, applied: ReadonlySet<string>): Signal | null {
  if (applied.has(keyOf(l))) return 'applied';
  if (l.savedAt !== undefined) return 'starred';
  return l.activity !== null || l.packages !== null ? 'opened' : null;
}

function add(map: Map<string, Ranked>, key: string, weight: number): void {
  const r = map.get(key) ?? { listings: 0, score: 0 };
  map.set(key, { listings: r.listings + 1, score: r.score + weight });
}

const byRank = <T extends Ranked>(label: (x: T) => string) => (a: T, b: T) =>
  b.score - a.score || b.listings - a.listings || label(a).localeCompare(label(b));

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function rateOf(picked: { l: HistoryListing; signal: Signal }[]): StartingProfile['rate'] {
  const hourly = picked.flatMap(({ l, signal }) => {
    const mid = l.pay?.type === 'hourly' ? payFigures(l.pay).hourlyMid : undefined;
    return mid === undefined ? [] : [{ mid, currency: l.pay!.currency, applied: signal === 'applied' }];
  });
  const counts = new Map<string, number>();
  for (const h of hourly) counts.set(h.currency, (counts.get(h.currency) ?? 0) + 1);
  const currency = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  const inCurrency = hourly.filter((h) => h.currency === currency);
  const applied = inCurrency.filter((h) => h.applied);
  const [from, used] = applied.length >= MIN_RATE_LISTINGS ? (['applied', applied] as const) : (['all', inCurrency] as const);
  if (currency === undefined || used.length < MIN_RATE_LISTINGS) return null;
  return { hourly: Math.round(median(used.map((h) => h.mid))), currency, listings: used.length, from };
}

export function startingProfile(listings: Iterable<HistoryListing>, outcomes: Iterable<HistoryOutcome>): StartingProfile {
  const appliedTo = new Map([...outcomes].map((o) => [keyOf(o), o]));
  const applied = new Set(appliedTo.keys());
  const picked: { l: HistoryListing; signal: Signal }[] = [];
  for (const l of listings) {
    const signal = signalOf(l, applied);
    if (signal) picked.push({ l, signal });
    appliedTo.delete(keyOf(l));
  }
  const basis: Record<Signal, number> = { applied: appliedTo.size, starred: 0, opened: 0 };
  const skills = new Map<string, Ranked>();
  const names = new Map<string, string>();
  const categories = new Map<string, Ranked>();
  for (const { l, signal } of picked) {
    basis[signal] += 1;
    const weight = SIGNAL_WEIGHTS[signal];
    for (const skill of distinctSkills(l.skills)) {
      add(skills, skill.key, weight);
      if (!names.has(skill.key)) names.set(skill.key, skill.name);
    }
    if (l.categoryId) add(categories, l.categoryId, weight);
  }
  // Applications whose listing is gone still say which category the user works in.
  for (const o of appliedTo.values()) if (o.categoryId) add(categories, o.categoryId, SIGNAL_WEIGHTS.applied);

  const topSkills = [...skills]
    .map(([key, r]) => ({ key, name: names.get(key)!, ...r }))
    .filter((s) => s.listings >= MIN_SKILL_LISTINGS)
    .sort(byRank((s) => s.name))
    .slice(0, STARTING_SKILLS);
  const weight = [...categories.values()].reduce((sum, r) => sum + r.score, 0);
  const topCategories = [...categories]
    .map(([id, r]) => ({ id, ...r }))
    .filter((c) => c.score >= MIN_CATEGORY_SHARE * weight)
    .sort(byRank((c) => c.id))
    .slice(0, STARTING_CATEGORIES);
  const rate = rateOf(picked);
  return {
    profile: {
      skills: topSkills.map((s) => s.name),
      categories: topCategories.map((c) => c.id),
      rate: rate && { hourly: rate.hourly, currency: rate.currency },
    },
    basis,
    skills: topSkills,
    categories: topCategories,
    rate,
  };
}
