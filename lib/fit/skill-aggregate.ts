// Skill counts per category and week, kept as aggregates written with the listings, like the
// weekly figures (lib/trends/aggregate.ts): a listing counts once, in the week it was first
// stored, under its current category and skills; a later view that changes them takes its
// old contribution out and puts the new one in. So the records always equal the sum over
// every listing ever stored (pruned ones included), and the pivot plan reads a few records
// per category instead of every listing.
// Only integers, so adding and taking out is exact: besides how many listings mention a
// skill, each skill gets FIT_UNIT / n "fit units" from a listing of n skills, whose sum over
// a profile's skills is that listing's fit share (lib/fit/fit.ts) times FIT_UNIT. Summed over
// a category, it gives the average fit of its listings exactly (lib/fit/category-reach.ts).
import { MAX_SKILLS } from '../trends/contribution';
import { weekOf } from '../trends/weeks';
import { distinctSkills, knownName, type NormalSkill } from './normalise-skill';

/** Least common multiple of 1..MAX_SKILLS (20): FIT_UNIT / n is whole for every n. Sums stay
 *  exact (below 2^53) up to 38 million listings. */
export const FIT_UNIT = 232_792_560;

export interface SkillWeek {
  /** `local` for this browser's listings; an imported dataset's origin id otherwise. */
  origin: string;
  categoryId: string;
  week: number;
  /** Listings of the category first seen that week. */
  seen: number;
  /** Those that state skills: the base of every skill share. */
  withSkills: number;
  /** Skill key → [listings mentioning it, fit units]. */
  skills: Record<string, [listings: number, units: number]>;
  /** Names of counted keys the synonym table does not know, as a listing wrote them. */
  names: Record<string, string>;
}

/** The fields a listing contributes from (lib/db's StoredListing has them). */
export interface SkillListing {
  categoryId: string | null;
  skills: readonly string[];
  firstSeenAt: number;
}

export interface SkillContribution {
  categoryId: string;
  week: number;
  /** Distinct, at most MAX_SKILLS (as the weekly skill scopes), in the listing's order. */
  skills: NormalSkill[];
}

export const emptySkillWeek = (origin: string, categoryId: string, week: number): SkillWeek => ({
  origin,
  categoryId,
  week,
  seen: 0,
  withSkills: 0,
  skills: {},
  names: {},
});

/** Null for a listing without a category: the plan is per category. */
export function skillContributionOf(l: SkillListing): SkillContribution | null {
  if (!l.categoryId) return null;
  return { categoryId: l.categoryId, week: weekOf(l.firstSeenAt), skills: distinctSkills(l.skills).slice(0, MAX_SKILLS) };
}

function bump(rec: SkillWeek, key: string, listings: number, units: number, name: string | undefined): void {
  const [l, u] = rec.skills[key] ?? [0, 0];
  const next: [number, number] = [l + listings, u + units];
  if (next[0] === 0 && next[1] === 0) {
    delete rec.skills[key];
    delete rec.names[key];
    return;
  }
  rec.skills[key] = next;
  if (name !== undefined && next[0] > 0 && !(key in rec.names)) rec.names[key] = name;
}

/** Adds (sign 1) or takes out (sign -1) one listing's contribution. */
export function addSkillContribution(rec: SkillWeek, c: SkillContribution, sign: 1 | -1): void {
  rec.seen += sign;
  if (c.skills.length === 0) return;
  rec.withSkills += sign;
  const units = FIT_UNIT / c.skills.length;
  for (const s of c.skills) bump(rec, s.key, sign, sign * units, knownName(s.key) === null ? s.name : undefined);
}

/** Adds (sign 1) or subtracts (sign -1) a whole record into another of the same key. */
export function addSkillWeek(target: SkillWeek, source: SkillWeek, sign: 1 | -1): void {
  target.seen += sign * source.seen;
  target.withSkills += sign * source.withSkills;
  for (const [key, [listings, units]] of Object.entries(source.skills)) {
    bump(target, key, sign * listings, sign * units, source.names[key]);
  }
}

export const isEmptySkillWeek = (rec: SkillWeek): boolean =>
  rec.seen === 0 && rec.withSkills === 0 && Object.keys(rec.skills).length === 0;

export const skillWeekKey = (origin: string, categoryId: string, week: number): [string, string, number] => [origin, categoryId, week];

const sameContribution = (a: SkillContribution, b: SkillContribution): boolean =>
  a.categoryId === b.categoryId && a.week === b.week && a.skills.map((s) => s.key).join('\u0000') === b.skills.map((s) => s.key).join('\u0000');

/** The net change per category and week of stored listings changing (before → after,
 *  either absent): old contributions out, new ones in. */
export function skillWeekDeltas(
  changes: Iterable<{ before: SkillListing | undefined; after: SkillListing | undefined }>,
  origin: string,
  deltas: Map<string, SkillWeek> = new Map(),
): Map<string, SkillWeek> {
  const apply = (c: SkillContribution, sign: 1 | -1) => {
    const key = `${c.categoryId}\u0000${c.week}`;
    let delta = deltas.get(key);
    if (!delta) deltas.set(key, (delta = emptySkillWeek(origin, c.categoryId, c.week)));
    addSkillContribution(delta, c, sign);
  };
  for (const { before, after } of changes) {
    const out = before && skillContributionOf(before);
    const into = after && skillContributionOf(after);
    if (out && into && sameContribution(out, into)) continue;
    if (out) apply(out, -1);
    if (into) apply(into, 1);
  }
  return deltas;
}

/** A stored record (or none) with a delta added: the record to put, or null to delete it. */
export function withDelta(stored: SkillWeek | undefined, delta: SkillWeek): SkillWeek | null {
  const rec = stored ? structuredClone(stored) : emptySkillWeek(delta.origin, delta.categoryId, delta.week);
  addSkillWeek(rec, delta, 1);
  return isEmptySkillWeek(rec) ? null : rec;
}
