// Which built-in rules hold for a listing and the points they add, each group within its
// limits. The rules stay data (rules.ts); this is the machinery that reads them, compiled once
// so that checking 30-odd rules per listing reads plain fields and numbers.
import type { CategoryDef } from '../taxonomy/categories';
import { allHold, budgetOf, compileConditions, type Labelable, type Test } from './conditions';
import { GROUP_LIMITS, RULES, type Rule, type RuleGroup } from './rules';

const GROUPS = Object.keys(GROUP_LIMITS) as RuleGroup[];
const LOW = GROUPS.map((g) => GROUP_LIMITS[g][0]);
const HIGH = GROUPS.map((g) => GROUP_LIMITS[g][1]);

interface Compiled {
  tests: Test[];
  group: number;
}

const COMPILED: readonly Compiled[] = RULES.map((r) => ({ tests: compileConditions(r.when), group: GROUPS.indexOf(r.group) }));
// Most rules need one of their phrases, and most listings have none of most rules' phrases.
const NEEDS_WORDS = RULES.map((r) => r.when.some((c) => 'words' in c || 'titleWords' in c));
const REVIEWS_AI = RULES.map((r) => r.mode === 'reviews-ai');
const BUILDS_AI = RULES.map((r) => r.mode === 'builds-ai');
/** The kinds of work rules name, one bit each in `Applied.modes`. */
const MODES: readonly Rule['mode'][] = [...new Set(RULES.map((r) => r.mode).filter(Boolean))];
const MODE_BIT = RULES.map((r) => (r.mode ? 1 << MODES.indexOf(r.mode) : 0));
/** Each kind's bit, by name: callers name the kind as a constant, so reading it costs a field. */
const BIT_OF = Object.fromEntries(MODES.map((mode, i) => [mode, 1 << i])) as Readonly<Record<string, number>>;
const sums = new Float64Array(GROUPS.length);

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

export interface Applied {
  /** Indexes in RULES of the rules that hold, in RULES order. */
  fired: number[];
  points: number;
  /** The kinds of work the fired rules name (see `fires`). */
  modes: number;
}

/** Whether a fired rule names this kind of work. */
export const fires = (applied: Applied, mode: Rule['mode']): boolean => (applied.modes & (BIT_OF[mode!] ?? 0)) !== 0;

/** The rules without phrases: with those whose phrases were found, the only ones that can hold
 *  (most rules need phrases a listing does not have, so checking only these skips most). */
const WITHOUT_WORDS = RULES.flatMap((_, i) => (NEEDS_WORDS[i] ? [] : [i]));

function holds(i: number, listing: Labelable, def: CategoryDef, found: readonly (readonly string[] | null)[], budget: number | null, disabled: Set<string> | null): boolean {
  return !disabled?.has(RULES[i]!.id) && allHold(COMPILED[i]!.tests, found[i] != null, listing, def, budget);
}

/** The built-in rules that hold (`found`: the phrases found per rule; `order`: the rules
 *  found) and their points. */
export function applyRules(
  listing: Labelable,
  def: CategoryDef,
  found: readonly (readonly string[] | null)[],
  order: readonly number[],
  disabled: Set<string> | null,
): Applied {
  const budget = budgetOf(listing);
  let fired: number[] = [];
  for (const i of WITHOUT_WORDS) if (holds(i, listing, def, found, budget, disabled)) fired.push(i);
  for (const i of order) if (holds(i, listing, def, found, budget, disabled)) fired.push(i);
  // In RULES order, as reasons list them (a handful: insertion sort).
  for (let k = 1; k < fired.length; k++) {
    const i = fired[k]!;
    let j = k - 1;
    for (; j >= 0 && fired[j]! > i; j--) fired[j + 1] = fired[j]!;
    fired[j + 1] = i;
  }
  let reviews = false;
  for (const i of fired) if (REVIEWS_AI[i]) reviews = true;
  // Checking an AI system's output is not building it: the system is what the work looks at.
  if (reviews) fired = fired.filter((i) => !BUILDS_AI[i]);
  sums.fill(0);
  let modes = 0;
  for (const i of fired) {
    sums[COMPILED[i]!.group]! += RULES[i]!.effect;
    modes |= MODE_BIT[i]!;
  }
  let points = 0;
  for (let g = 0; g < GROUPS.length; g++) points += clamp(sums[g]!, LOW[g]!, HIGH[g]!);
  return { fired, points, modes };
}

/** The fired rules' indexes, strongest effect first (ties keep RULES order, as a stable sort). */
export function byStrength(fired: readonly number[]): number[] {
  const sorted = fired.slice();
  for (let k = 1; k < sorted.length; k++) {
    const i = sorted[k]!;
    const strength = Math.abs(RULES[i]!.effect);
    let j = k - 1;
    for (; j >= 0 && Math.abs(RULES[sorted[j]!]!.effect) < strength; j--) sorted[j + 1] = sorted[j]!;
    sorted[j + 1] = i;
  }
  return sorted;
}
