// How well a listing fits the user: which of its skills they have and which they miss, with
// skill names normalised (lib/fit/normalise-skill.ts). The profile is compiled once into a
// set of keys, so a listing costs one lookup per skill (the background fits every tile).
import { distinctSkills, normaliseSkill } from './normalise-skill';
import type { Profile } from './profile-schema';

export interface CompiledProfile {
  keys: ReadonlySet<string>;
  /** Key → the name the profile's skill goes by. */
  names: ReadonlyMap<string, string>;
}

export interface Fit {
  /** The listing's skills the user has, in the listing's order, by canonical name. */
  have: string[];
  missing: string[];
  /** Distinct skills of the listing (spellings of one skill count once). */
  total: number;
  /** have / total, 0..1. */
  share: number;
}

export function compileProfile(profile: Pick<Profile, 'skills'>): CompiledProfile {
  const names = new Map<string, string>();
  for (const raw of profile.skills) {
    const skill = normaliseSkill(raw);
    if (skill && !names.has(skill.key)) names.set(skill.key, skill.name);
  }
  return { keys: new Set(names.keys()), names };
}

/** Null when the listing states no skills or the profile lists none: the fit is unknown,
 *  which callers must not treat as a poor fit. */
export function fitOf(skills: readonly string[], profile: CompiledProfile): Fit | null {
  if (profile.keys.size === 0) return null;
  const distinct = distinctSkills(skills);
  if (distinct.length === 0) return null;
  const have: string[] = [];
  const missing: string[] = [];
  for (const skill of distinct) (profile.keys.has(skill.key) ? have : missing).push(skill.name);
  return { have, missing, total: distinct.length, share: have.length / distinct.length };
}
