// The rules engine: pure and synchronous, called for every listing on the page's main thread.
// Category first (the taxonomy), then the category's evidence prior, then each rule that holds,
// each group within its limits; the result carries every reason with its sources.
import type { CategoryLabel, Label, Reason, RiskLabel } from '../model/label';
import { CATEGORY_BY_ID, MADE_WITH_AI, REVIEWED_AS, type CategoryDef } from '../taxonomy/categories';
import { classify } from '../taxonomy/classify';
import { listingWords, type ListingWords } from '../taxonomy/listing-words';
import { applyRules, byStrength, fires, RULE_IDS, type Applied } from './apply';
import type { Labelable } from './conditions';
import { compileCustom, type CompiledCustom, type CustomRule } from './custom-rule';
import { formatCustom, formatPrior, formatReason } from './format';
import { levelOf, LOW_FLOOR } from './levels';
import { matchPhrases, matchRules } from './match';
import { movesFrom } from './moves';
import { priorOf, type Evidence, type Prior } from './priors';
import { PRIOR_RULE_ID, RULES } from './rules';

export type { Labelable } from './conditions';

export interface LabelOptions {
  /** Rule ids the user switched off (`category-prior` included). */
  disabledRules?: readonly string[];
  /** The user's keyword rules; malformed entries are skipped. */
  customRules?: readonly CustomRule[] | readonly unknown[];
}

const CUSTOM_LIMIT = 50;
// How much the evidence behind a prior adds to confidence (evidence.md marks: causal studies
// of the platforms, exposure indices only, or proxies).
const EVIDENCE_WEIGHT: Readonly<Record<Evidence, number>> = { causal: 0.2, exposure: 0.12, provisional: 0.05 };
const NO_RULES: readonly unknown[] = [];

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));
const round2 = (n: number) => Math.round(n * 100) / 100;

const priorTexts = new Map<string, string>();
function priorText(def: CategoryDef, prior: Prior): string {
  let text = priorTexts.get(def.id);
  if (text === undefined) priorTexts.set(def.id, (text = formatPrior(def, prior, levelOf(prior.score))));
  return text;
}

// Reason texts by rule and the phrases matched ("" for a rule without phrases): a rule fires
// with the same few phrases again and again, and formatting them per label costs more than
// the look-up.
const reasonTexts = RULES.map(() => new Map<string, string>());
// (Each rule's words from an array: see RULE_STARTS below.)
const RULE_WORDS = RULES.map((r) => r.words);
const TEXTS_LIMIT = 1000;
function reasonText(i: number, matched: readonly string[] | null): string {
  const key = matched === null ? '' : matched.length === 1 ? matched[0]! : matched.join('\n');
  const texts = reasonTexts[i]!;
  let text = texts.get(key);
  if (text === undefined) {
    if (texts.size > TEXTS_LIMIT) texts.clear();
    texts.set(key, (text = formatReason(RULE_WORDS[i]!, matched ?? undefined)));
  }
  return text;
}

/** The user's keyword rules that match, and the points they add together (within ±50). */
function applyCustom(w: ListingWords, custom: CompiledCustom) {
  const reasons: Reason[] = [];
  let sum = 0;
  if (custom.rules.length) {
    const { found, order } = matchPhrases(custom.index, custom.rules.length, w);
    for (const i of order) {
      const rule = custom.rules[i]!;
      sum += rule.effect;
      reasons.push({ code: `custom:${rule.id}`, text: formatCustom(rule.name, found[i]!, rule.note), sources: [] });
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
function madeWithAi(def: CategoryDef, listing: Labelable, found: readonly (string[] | null)[]): CategoryDef {
  if (listing.platformSubcategory) return def;
  const other = found[REVIEWS] ? REVIEWED_AS.get(def.id) : found[OPERATES] ? MADE_WITH_AI.get(def.id) : undefined;
  return (other && CATEGORY_BY_ID.get(other)) || def;
}

// What a label reads of each rule, by index: the rules are objects of several shapes, and code
// that reads them meets a new shape when a rule fires for the first time, which throws its
// compiled form away (see apply.ts, which holds RULE_IDS). Arrays of one kind of value read
// alike for every rule.
const RULE_SOURCES = RULES.map((r) => r.sources);
const RULE_STARTS = RULES.map((r) => r.start ?? null);

/** Where the kinds of work the fired rules name put the start (each rule's range in turn). */
function startOf(start: number, fired: readonly number[]): number {
  for (const i of fired) {
    const range = RULE_STARTS[i];
    if (range) start = clamp(start, range[0], range[1]);
  }
  return start;
}

// Building AI first (the work is the AI system), then checking AI output, then operating the
// tools, then the category's own way of working.
function modeOf(prior: Prior, applied: Applied, score: number, buildsAi: boolean): RiskLabel['mode'] {
  if (buildsAi) return 'builds-ai';
  if (fires(applied, 'reviews-ai')) return 'reviews-ai';
  if (prior.work === 'operates-ai' || fires(applied, 'operates-ai')) return 'operates-ai';
  const present = prior.work === 'embodied' || prior.work === 'in-person' || fires(applied, 'human-only');
  if (present && score < 40) return 'human-only';
  return score >= 60 ? 'automation' : 'augmentation';
}

export function labelWith(listing: Labelable, options: LabelOptions = {}): Label {
  // Compiled first: it may register new phrase words, which the tokeniser must know.
  const compiled = compileCustom(options.customRules ?? NO_RULES);
  const w = listingWords(listing);
  const { found, order, quieted } = matchRules(w);
  const forCategory = quieted ?? w;
  const classified = classify({
    title: forCategory.title,
    skills: forCategory.skills,
    description: forCategory.description,
    platformCategory: listing.platformCategory ?? null,
    platformSubcategory: listing.platformSubcategory ?? null,
  });
  const def = madeWithAi(classified.def, listing, found);
  const confidence = classified.confidence;
  const category: CategoryLabel = { id: def.id, name: def.name, upwork: def.upwork, confidence };

  const disabled = options.disabledRules?.length ? new Set(options.disabledRules) : null;
  const prior = priorOf(def);
  const usePrior = !disabled?.has(PRIOR_RULE_ID);
  const applied = applyRules(listing, def, found, order, disabled);
  const { fired, points } = applied;
  const custom = applyCustom(w, compiled);

  const buildsAi = prior.work === 'builds-ai' || fires(applied, 'builds-ai');
  const floor = buildsAi || prior.work === 'embodied' ? 0 : LOW_FLOOR;
  const start = startOf(usePrior ? prior.score : 50, fired);
  const score = Math.round(clamp(start + points + custom.points, floor, 100));
  const level = levelOf(score);

  const reasons: Reason[] = [];
  if (usePrior) reasons.push({ code: PRIOR_RULE_ID, text: priorText(def, prior), sources: prior.sources });
  for (const i of byStrength(fired)) {
    reasons.push({ code: RULE_IDS[i]!, text: reasonText(i, found[i] ?? null), sources: RULE_SOURCES[i]! });
  }
  if (custom.reasons.length) reasons.push(...custom.reasons);

  const evidence = usePrior ? EVIDENCE_WEIGHT[prior.evidence] : 0;
  return {
    category,
    risk: {
      level,
      score,
      mode: modeOf(prior, applied, score, buildsAi),
      reasons,
      confidence: round2(Math.min(0.95, 0.35 + 0.35 * confidence + evidence + Math.min(0.1, 0.02 * fired.length))),
      movesTo: level === 'high' || level === 'very-high' ? movesFrom(def.id) : [],
    },
  };
}
