// The rules engine: pure and synchronous, called for every listing on the page's main thread.
// Category first (the taxonomy), then the category's evidence prior, then each rule that holds,
// each group within its limits; the result carries every reason with its sources.
import type { CategoryLabel, Label, Reason, RiskLabel } from '../model/label';
import { CATEGORY_BY_ID, MADE_WITH_AI, REVIEWED_AS, type CategoryDef } from '../taxonomy/categories';
import { classify } from '../taxonomy/classify';
import { listingWords, type ListingWords } from '../taxonomy/listing-words';
import { holds, type Labelable } from './conditions';
import { compileCustom, type CompiledCustom, type CustomRule } from './custom-rule';
import { formatCustom, formatPrior, formatReason } from './format';
import { levelOf, LOW_FLOOR } from './levels';
import { matchPhrases, ruleAccepts, RULE_PHRASES } from './match';
import { movesFrom } from './moves';
import { priorOf, type Evidence, type Prior } from './priors';
import { GROUP_LIMITS, PRIOR_RULE_ID, RULES, type Condition, type Rule, type RuleGroup } from './rules';

export type { Labelable } from './conditions';

export interface LabelOptions {
  /** Rule ids the user switched off (`category-prior` included). */
  disabledRules?: readonly string[];
  /** The user's keyword rules; malformed entries are skipped. */
  customRules?: readonly CustomRule[] | readonly unknown[];
}

interface Fired {
  rule: Rule;
  matched: readonly string[];
}

const CUSTOM_LIMIT = 50;
// How much the evidence behind a prior adds to confidence (evidence.md marks: causal studies
// of the platforms, exposure indices only, or proxies).
const EVIDENCE_WEIGHT: Readonly<Record<Evidence, number>> = { causal: 0.2, exposure: 0.12, provisional: 0.05 };
const GROUPS = Object.keys(GROUP_LIMITS) as RuleGroup[];
const NONE: readonly string[] = [];
const NO_RULES: readonly unknown[] = [];

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));
const round2 = (n: number) => Math.round(n * 100) / 100;

// A protective phrase in the skills or description ("on site", "strategy") says how the work is
// done, not what it is: it must not move the listing into another category, so that adding one
// can only lower the score.
const isProtective = (i: number) => RULES[i]!.group === 'protective';

const priorTexts = new Map<string, string>();
function priorText(def: CategoryDef, prior: Prior): string {
  let text = priorTexts.get(def.id);
  if (text === undefined) priorTexts.set(def.id, (text = formatPrior(def, prior, levelOf(prior.score))));
  return text;
}

function allHold(when: readonly Condition[], matched: readonly string[], listing: Labelable, def: CategoryDef): boolean {
  for (const c of when) if ('words' in c || 'titleWords' in c ? matched.length === 0 : !holds(c, listing, def)) return false;
  return true;
}

/** The built-in rules that hold, and the points they add (each group within its limits). */
function applyRules(listing: Labelable, def: CategoryDef, hits: Map<number, string[]>, disabled: Set<string> | null) {
  let fired: Fired[] = [];
  const sums: Record<RuleGroup, number> = { task: 0, protective: 0, 'builds-ai': 0, 'ai-work': 0, market: 0 };
  for (let i = 0; i < RULES.length; i++) {
    const rule = RULES[i]!;
    if (disabled?.has(rule.id)) continue;
    const matched = hits.get(i) ?? NONE;
    if (!allHold(rule.when, matched, listing, def)) continue;
    fired.push({ rule, matched });
  }
  // Checking an AI system's output is not building it: the system is what the work looks at.
  if (fired.some((f) => f.rule.mode === 'reviews-ai')) fired = fired.filter((f) => f.rule.mode !== 'builds-ai');
  for (const { rule } of fired) sums[rule.group] += rule.effect;
  let points = 0;
  for (const group of GROUPS) points += clamp(sums[group], ...GROUP_LIMITS[group]);
  return { fired, points };
}

/** The user's keyword rules that match, and the points they add together (within ±50). */
function applyCustom(w: ListingWords, custom: CompiledCustom) {
  const reasons: Reason[] = [];
  let sum = 0;
  if (custom.rules.length) {
    for (const [i, matched] of matchPhrases(custom.index, w).found) {
      const rule = custom.rules[i]!;
      sum += rule.effect;
      reasons.push({ code: `custom:${rule.id}`, text: formatCustom(rule.name, matched, rule.note), sources: [] });
    }
  }
  return { reasons, points: clamp(sum, -CUSTOM_LIMIT, CUSTOM_LIMIT) };
}

const OPERATES = RULES.findIndex((r) => r.mode === 'operates-ai');
const REVIEWS = RULES.findIndex((r) => r.mode === 'reviews-ai');

/** Classic work whose output the listing makes with AI tools is the AI specialty the platforms
 *  name for it ("product images with Midjourney": AI image generation); checking and fixing an
 *  AI specialty's output is the classic work that does the checking. Unless the page itself
 *  states the subcategory. */
function madeWithAi(def: CategoryDef, listing: Labelable, hits: Map<number, string[]>): CategoryDef {
  if (listing.platformSubcategory) return def;
  const other = hits.has(REVIEWS) ? REVIEWED_AS.get(def.id) : hits.has(OPERATES) ? MADE_WITH_AI.get(def.id) : undefined;
  return (other && CATEGORY_BY_ID.get(other)) || def;
}

/** Where the kinds of work the fired rules name put the start (each rule's range in turn). */
function startOf(start: number, fired: Fired[]): number {
  for (const { rule } of fired) if (rule.start) start = clamp(start, ...rule.start);
  return start;
}

// Building AI first (the work is the AI system), then checking AI output, then operating the
// tools, then the category's own way of working.
function modeOf(prior: Prior, fired: Fired[], score: number, buildsAi: boolean): RiskLabel['mode'] {
  if (buildsAi) return 'builds-ai';
  if (fired.some((f) => f.rule.mode === 'reviews-ai')) return 'reviews-ai';
  if (prior.work === 'operates-ai' || fired.some((f) => f.rule.mode === 'operates-ai')) return 'operates-ai';
  const present = prior.work === 'embodied' || prior.work === 'in-person' || fired.some((f) => f.rule.mode === 'human-only');
  if (present && score < 40) return 'human-only';
  return score >= 60 ? 'automation' : 'augmentation';
}

export function labelWith(listing: Labelable, options: LabelOptions = {}): Label {
  // Compiled first: it may register new phrase words, which the tokeniser must know.
  const compiled = compileCustom(options.customRules ?? NO_RULES);
  const w = listingWords(listing);
  const { found: hits, quieted } = matchPhrases(RULE_PHRASES, w, isProtective, ruleAccepts(w));
  const forCategory = quieted ?? w;
  const classified = classify({
    title: forCategory.title,
    skills: forCategory.skills,
    description: forCategory.description,
    platformCategory: listing.platformCategory ?? null,
    platformSubcategory: listing.platformSubcategory ?? null,
  });
  const def = madeWithAi(classified.def, listing, hits);
  const confidence = classified.confidence;
  const category: CategoryLabel = { id: def.id, name: def.name, upwork: def.upwork, confidence };

  const disabled = options.disabledRules?.length ? new Set(options.disabledRules) : null;
  const prior = priorOf(def);
  const usePrior = !disabled?.has(PRIOR_RULE_ID);
  const { fired, points } = applyRules(listing, def, hits, disabled);
  const custom = applyCustom(w, compiled);

  const buildsAi = prior.work === 'builds-ai' || fired.some((f) => f.rule.mode === 'builds-ai');
  const floor = buildsAi || prior.work === 'embodied' ? 0 : LOW_FLOOR;
  const start = startOf(usePrior ? prior.score : 50, fired);
  const score = Math.round(clamp(start + points + custom.points, floor, 100));
  const level = levelOf(score);

  const reasons: Reason[] = [];
  if (usePrior) reasons.push({ code: PRIOR_RULE_ID, text: priorText(def, prior), sources: prior.sources });
  fired.sort((a, b) => Math.abs(b.rule.effect) - Math.abs(a.rule.effect));
  for (const { rule, matched } of fired) reasons.push({ code: rule.id, text: formatReason(rule.words, matched), sources: rule.sources });
  reasons.push(...custom.reasons);

  const evidence = usePrior ? EVIDENCE_WEIGHT[prior.evidence] : 0;
  return {
    category,
    risk: {
      level,
      score,
      mode: modeOf(prior, fired, score, buildsAi),
      reasons,
      confidence: round2(Math.min(0.95, 0.35 + 0.35 * confidence + evidence + Math.min(0.1, 0.02 * fired.length))),
      movesTo: level === 'high' || level === 'very-high' ? movesFrom(def.id) : [],
    },
  };
}
