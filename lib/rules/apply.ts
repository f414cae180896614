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
// Each rule's points, by index. The rules are objects of several shapes (some say a kind of
// work or a start, some not): code reading them meets a shape it has not seen whenever a rule
// fires for the first time, and its compiled form is thrown away. Numbers in an array read
// alike for every rule.
const EFFECT = Int32Array.from(RULES, (r) => r.effect);
export const RULE_IDS = RULES.map((r) => r.id);
// Most rules need one of their phrases, and most listings have none of most rules' phrases.
const NEEDS_WORDS = RULES.map((r) => r.when.some((c) => 'words' in c || 'titleWords' in c));
const REVIEWS_AI = Uint8Array.from(RULES, (r) => (r.mode === 'reviews-ai' ? 1 : 0));
const BUILDS_AI = Uint8Array.from(RULES, (r) => (r.mode === 'builds-ai' ? 1 : 0));
/** Per rule found, whether it holds (1), for the listing being labelled. */
const held = new Uint8Array(RULES.length);
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
  return !disabled?.has(RULE_IDS[i]!) && allHold(COMPILED[i]!.tests, found[i] != null, listing, def, budget);
}

/** Marks in `held` which of these rules hold; returns 1 when one of them checks AI output. */
function mark(rules: readonly number[], listing: Labelable, def: CategoryDef, found: readonly (readonly string[] | null)[], budget: number | null, disabled: Set<string> | null): number {
  let reviews = 0;
  for (const i of rules) {
    held[i] = holds(i, listing, def, found, budget, disabled) ? 1 : 0;
    reviews |= held[i]! & REVIEWS_AI[i]!;
  }
  return reviews;
}

/** Adds to `fired` those of these rules that hold, but no rule of building AI when `reviews`. */
function keep(rules: readonly number[], reviews: number, fired: number[]): void {
  for (const i of rules) if (held[i] === 1 && (BUILDS_AI[i]! & reviews) === 0) fired.push(i);
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
  // Checking an AI system's output is not building it (the system is what the work looks at):
  // when a rule that checks AI output holds, no rule of building AI fires. Known before the
  // list is made, so the rare listing that checks AI output runs the very code all others run
  // (a list rewritten afterwards would be new to the compiled code, which would be thrown
  // away and compiled again).
  const reviews = mark(WITHOUT_WORDS, listing, def, found, budget, disabled) | mark(order, listing, def, found, budget, disabled);
  const fired: number[] = [];
  keep(WITHOUT_WORDS, reviews, fired);
  keep(order, reviews, fired);
  // In RULES order, as reasons list them (a handful: insertion sort).
  for (let k = 1; k < fired.length; k++) {
    const i = fired[k]!;
    let j = k - 1;
    for (; j >= 0 && fired[j]! > i; j--) fired[j + 1] = fired[j]!;
    fired[j + 1] = i;
  }
  sums.fill(0);
  let modes = 0;
  for (const i of fired) {
    sums[COMPILED[i]!.group]! += EFFECT[i]!;
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
    const strength = Math.abs(EFFECT[i]!);
    let j = k - 1;
    for (; j >= 0 && Math.abs(EFFECT[sorted[j]!]!) < strength; j--) sorted[j + 1] = sorted[j]!;
    sorted[j + 1] = i;
  }
  return sorted;
}
