// The rules engine: pure and synchronous, called for every listing on the page's main thread.
// Category first (the taxonomy), then the category's evidence prior, then each rule that holds,
// each group within its limits; the result carries every reason with its sources.
import type { CategoryLabel, Label, Reason, RiskLabel } from '../model/label';
import type { CategoryDef } from '../taxonomy/categories';
import { classify } from '../taxonomy/classify';
import { listingWords } from '../taxonomy/listing-words';
import { matchPhrases, ruleWords } from './match';
import { holds, type Labelable } from './conditions';
import { compileCustom, type CustomRule } from './custom-rule';
import { formatCustom, formatPrior, formatReason } from './format';
import { levelOf, LOW_FLOOR } from './levels';
import { movesFrom } from './moves';
import { PRIORS, type Evidence, type Prior } from './priors';
import { GROUP_LIMITS, PRIOR_RULE_ID, RULES, type Rule, type RuleGroup } from './rules';

export type { Labelable } from './conditions';

export interface LabelOptions {
  /** Rule ids the user switched off (`category-prior` included). */
  disabledRules?: readonly string[];
  /** The user's keyword rules; malformed entries are skipped. */
  customRules?: readonly CustomRule[] | readonly unknown[];
}

const CUSTOM_LIMIT = 50;
const EVIDENCE_WEIGHT: Readonly<Record<Evidence, number>> = { causal: 0.2, exposure: 0.12, provisional: 0.05 };

const NONE: readonly string[] = [];
const GROUPS = Object.keys(GROUP_LIMITS) as RuleGroup[];

function allHold(rule: Rule, matched: readonly string[], listing: Labelable, def: CategoryDef): boolean {
  for (const c of rule.when) if ('words' in c ? matched.length === 0 : !holds(c, listing, def)) return false;
  return true;
}

const priorTexts = new Map<string, string>();
function priorText(def: CategoryDef, prior: Prior): string {
  let text = priorTexts.get(def.id);
  if (text === undefined) priorTexts.set(def.id, (text = formatPrior(def, prior, levelOf(prior.score))));
  return text;
}
const NO_RULES: readonly unknown[] = [];

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));
const round2 = (n: number) => Math.round(n * 100) / 100;

// A protective phrase in the skills or description ("on site", "strategy") says how the work is
// done, not what it is: it must not move the listing into another category, so that adding one
// can only lower the score.
const isProtective = (i: number) => RULES[i]!.group === 'protective';

export function labelWith(listing: Labelable, options: LabelOptions = {}): Label {
  const w = listingWords(listing);
  const { found: hits, quieted } = matchPhrases(ruleWords(), w, isProtective);
  const forCategory = quieted ?? w;
  const { def, confidence } = classify({
    title: forCategory.title,
    skills: forCategory.skills,
    description: forCategory.description,
    platformCategory: listing.platformCategory ?? null,
    platformSubcategory: listing.platformSubcategory ?? null,
  });
  const category: CategoryLabel = { id: def.id, name: def.name, upwork: def.upwork, confidence };
  const disabled = options.disabledRules?.length ? new Set(options.disabledRules) : null;
  const prior = PRIORS[def.row]!;
  const usePrior = !disabled?.has(PRIOR_RULE_ID);
  let score = usePrior ? prior.score : 50;

  const fired: { rule: Rule; matched: readonly string[] }[] = [];
  const sums: Record<RuleGroup, number> = { task: 0, protective: 0, 'builds-ai': 0, market: 0 };
  for (let i = 0; i < RULES.length; i++) {
    const rule = RULES[i]!;
    if (disabled?.has(rule.id)) continue;
    const matched = hits.get(i) ?? NONE;
    if (!allHold(rule, matched, listing, def)) continue;
    fired.push({ rule, matched });
    sums[rule.group] += rule.effect;
  }
  for (const group of GROUPS) score += clamp(sums[group], GROUP_LIMITS[group][0], GROUP_LIMITS[group][1]);

  const custom = compileCustom(options.customRules ?? NO_RULES);
  const customReasons: Reason[] = [];
  if (custom.rules.length) {
    let sum = 0;
    for (const [i, matched] of matchPhrases(custom.index, w).found) {
      const rule = custom.rules[i]!;
      sum += rule.effect;
      customReasons.push({ code: `custom:${rule.id}`, text: formatCustom(rule.name, matched, rule.note), sources: [] });
    }
    score += clamp(sum, -CUSTOM_LIMIT, CUSTOM_LIMIT);
  }

  const buildsAi = prior.work === 'builds-ai' || fired.some((f) => f.rule.mode === 'builds-ai');
  const veryLowAllowed = buildsAi || prior.work === 'embodied';
  score = Math.round(clamp(score, veryLowAllowed ? 0 : LOW_FLOOR, 100));
  const level = levelOf(score);
  const present = prior.work === 'embodied' || prior.work === 'in-person' || fired.some((f) => f.rule.mode === 'human-only');
  const mode: RiskLabel['mode'] = buildsAi ? 'builds-ai' : present && score < 40 ? 'human-only' : score >= 60 ? 'automation' : 'augmentation';

  const reasons: Reason[] = [];
  if (usePrior) reasons.push({ code: PRIOR_RULE_ID, text: priorText(def, prior), sources: prior.sources });
  fired.sort((a, b) => Math.abs(b.rule.effect) - Math.abs(a.rule.effect));
  for (const { rule, matched } of fired) reasons.push({ code: rule.id, text: formatReason(rule.words, matched), sources: rule.sources });
  reasons.push(...customReasons);

  const risk: RiskLabel = {
    level,
    score,
    mode,
    reasons,
    confidence: round2(
      Math.min(0.95, 0.35 + 0.35 * confidence + (usePrior ? EVIDENCE_WEIGHT[prior.evidence] : 0) + Math.min(0.1, 0.02 * fired.length)),
    ),
    movesTo: level === 'high' || level === 'very-high' ? movesFrom(def.id) : [],
  };
  return { category, risk };
}
