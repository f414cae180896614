// How far a category's listings are within the user's reach, from its skill aggregates: the
// average fit of its listings, its common skills and which of them the user has, and the
// missing skills that appear in most of its listings. Every figure carries the listings it
// rests on; below MIN_PLAN_LISTINGS the category is "too few seen yet" and no figure is given.
import type { CompiledProfile } from './fit';
import { knownName, normaliseSkill } from './normalise-skill';
import { FIT_UNIT, type SkillWeek } from './skill-aggregate';

/** Fewer listings with skills than this and a share says more about chance than demand. */
export const MIN_PLAN_LISTINGS = 20;
/** "You have 3 of their 5 common skills." */
export const COMMON_SKILLS = 5;
/** "n8n appears in 41% of them": the missing skills offered to learn. */
export const LEARN_SKILLS = 3;

export interface CategoryTotals {
  seen: number;
  withSkills: number;
  /** Key → listings and fit units over every record summed. */
  skills: Map<string, { listings: number; units: number }>;
  names: Map<string, string>;
}

/** Sums records per category (whatever weeks and origins the caller selected). Keys stored
 *  before the synonym table learnt a spelling join their skill's key here; a listing that
 *  carried both spellings then counts twice for it, which only such old records can do. */
export function totalsByCategory(records: Iterable<SkillWeek>): Map<string, CategoryTotals> {
  const out = new Map<string, CategoryTotals>();
  for (const rec of records) {
    let t = out.get(rec.categoryId);
    if (!t) out.set(rec.categoryId, (t = { seen: 0, withSkills: 0, skills: new Map(), names: new Map() }));
    t.seen += rec.seen;
    t.withSkills += rec.withSkills;
    for (const [stored, [listings, units]] of Object.entries(rec.skills)) {
      const key = normaliseSkill(stored)?.key ?? stored;
      const s = t.skills.get(key) ?? { listings: 0, units: 0 };
      t.skills.set(key, { listings: s.listings + listings, units: s.units + units });
      const name = rec.names[stored];
      if (name !== undefined && !t.names.has(key)) t.names.set(key, name);
    }
  }
  return out;
}

export interface SkillFigure {
  key: string;
  name: string;
  /** Listings of the category that mention it, and their share of those with skills. */
  listings: number;
  share: number;
  have: boolean;
  /** How much the category's average fit rises for a user who adds this skill. */
  gain: number;
}

export type Reach =
  | { status: 'too-few'; seen: number; listings: number }
  | {
      status: 'ok';
      seen: number;
      /** Listings with skills: the base of every figure below. */
      listings: number;
      /** Average over those listings of the share of their skills the user has, 0..1. */
      fit: number;
      common: SkillFigure[];
      commonHave: number;
      learn: SkillFigure[];
      /** The average fit once the `learn` skills are added too. */
      fitAfter: number;
    };

const EMPTY: CategoryTotals = { seen: 0, withSkills: 0, skills: new Map(), names: new Map() };

export function reachOf(totals: CategoryTotals | undefined, profile: CompiledProfile): Reach {
  const t = totals ?? EMPTY;
  if (t.withSkills < MIN_PLAN_LISTINGS) return { status: 'too-few', seen: t.seen, listings: t.withSkills };
  const scale = FIT_UNIT * t.withSkills;
  let units = 0;
  const figures: (SkillFigure & { units: number })[] = [];
  for (const [key, s] of t.skills) {
    const have = profile.keys.has(key);
    if (have) units += s.units;
    const name = knownName(key) ?? t.names.get(key) ?? key;
    figures.push({ key, name, listings: s.listings, share: s.listings / t.withSkills, have, gain: s.units / scale, units: s.units });
  }
  // Most listings first; then the larger gain, then the name, so ties rank the same everywhere.
  figures.sort((a, b) => b.listings - a.listings || b.units - a.units || a.name.localeCompare(b.name));
  const figure = ({ units: _, ...f }: SkillFigure & { units: number }): SkillFigure => f;
  const common = figures.slice(0, COMMON_SKILLS);
  const learn = figures.filter((f) => !f.have).slice(0, LEARN_SKILLS);
  return {
    status: 'ok',
    seen: t.seen,
    listings: t.withSkills,
    fit: units / scale,
    common: common.map(figure),
    commonHave: common.filter((f) => f.have).length,
    learn: learn.map(figure),
    // Sums of whole units, divided once: exact, as `fit`.
    fitAfter: learn.reduce((sum, f) => sum + f.units, units) / scale,
  };
}
