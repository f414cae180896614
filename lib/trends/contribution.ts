// What one stored listing adds to the weekly aggregates. A listing counts once, in the week it
// was first stored, with its current fields: when a later view changes its pay, category or
// skills, its old contribution is taken out and the new one put in, so seeing it again never
// counts it twice (seenCount is the listing's own business) and the aggregates always equal
// the sum over every listing ever stored, pruned ones included.
import type { Label } from '../model/label';
import type { Listing } from '../model/listing';
import { binOf } from './histogram';
import { weekOf } from './weeks';

export const PAY_METRICS = ['hourlyMid', 'hourlyMin', 'hourlyMax', 'fixed', 'from'] as const;
export type PayMetric = (typeof PAY_METRICS)[number];

/** Upwork shows up to about 15 skills per job; a cap bounds the writes per listing. */
export const MAX_SKILLS = 20;

export interface Contribution {
  week: number;
  scopes: string[];
  /** Proposals tier as Upwork words it ("10-15", "50+"), when known. */
  proposals: string | null;
  currency: string | null;
  /** Histogram bin per pay figure the listing states. */
  pay: Partial<Record<PayMetric, number>>;
}

/** The fields of a stored listing the aggregates read (trends sit below lib/db: no import of
 *  the stored shape, which is a StoredListing or anything else with these fields). */
export type ContributingListing = Pick<Listing, 'platform' | 'skills' | 'pay' | 'proposals'> & {
  label: Pick<Label, 'category'> | null;
  firstSeenAt: number;
  filtered?: 'fade' | 'fold';
};

export const platformScope = (platform: string) => `platform:${platform}`;
export const categoryScope = (categoryId: string) => `category:${categoryId}`;
export const upworkScope = (topCategory: string) => `upwork:${topCategory}`;
export const skillScope = (skill: string) => `skill:${normaliseSkill(skill)}`;
/** Listings of a site the user's filters faded or folded when last seen ("how much of a feed
 *  a beginner would skip"). */
export const filteredScope = (platform: string, action: 'fade' | 'fold') => `filtered:${platform}:${action}`;

export const normaliseSkill = (skill: string): string => skill.trim().toLowerCase().replace(/\s+/g, ' ');

function scopesOf(l: ContributingListing): string[] {
  const scopes = [platformScope(l.platform)];
  if (l.filtered) scopes.push(filteredScope(l.platform, l.filtered));
  const category = l.label?.category;
  if (category) scopes.push(categoryScope(category.id), upworkScope(category.upwork));
  const skills = new Set(l.skills.map(normaliseSkill).filter((s) => s.length > 0 && s.length <= 120));
  for (const skill of [...skills].slice(0, MAX_SKILLS)) scopes.push(`skill:${skill}`);
  return scopes;
}

/** The pay figures a listing states. An hourly range's midpoint stands for the job; with only
 *  one end stated, that end is the midpoint too. */
export function payFigures(pay: Listing['pay']): Partial<Record<PayMetric, number>> {
  if (!pay) return {};
  if (pay.type === 'fixed') return { fixed: pay.amount };
  if (pay.type === 'from') return { from: pay.amount };
  const out: Partial<Record<PayMetric, number>> = {};
  if (pay.min !== null) out.hourlyMin = pay.min;
  if (pay.max !== null) out.hourlyMax = pay.max;
  const mid = pay.min !== null && pay.max !== null ? (pay.min + pay.max) / 2 : (pay.min ?? pay.max);
  if (mid !== null) out.hourlyMid = mid;
  return out;
}

/** The figure a listing is compared on: its hourly midpoint, budget or from-price. */
export function headlineMetric(pay: Listing['pay']): PayMetric | null {
  if (!pay) return null;
  if (pay.type === 'hourly') return pay.min === null && pay.max === null ? null : 'hourlyMid';
  return pay.type;
}

export function contributionOf(l: ContributingListing): Contribution {
  const figures = payFigures(l.pay);
  const pay: Partial<Record<PayMetric, number>> = {};
  for (const metric of PAY_METRICS) {
    const value = figures[metric];
    if (value !== undefined) pay[metric] = binOf(value);
  }
  const p = l.proposals;
  return {
    week: weekOf(l.firstSeenAt),
    scopes: scopesOf(l),
    proposals: p ? (p.max === null ? `${p.min}+` : `${p.min}-${p.max}`) : null,
    currency: l.pay ? l.pay.currency : null,
    pay,
  };
}

export const sameContribution = (a: Contribution, b: Contribution): boolean =>
  JSON.stringify(a) === JSON.stringify(b);
