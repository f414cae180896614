// Labels as stored (schema v4): codes and numbers, no words. The category's name, the reasons'
// texts and sources and the moves are the rules' own data, so they are put back by
// `wordLabel` when a record is read: the words then follow the current rules, and a stored
// label costs tens of bytes instead of about a thousand.
import type { CategoryLabel, Label, Reason, RiskLabel } from '../model/label';
import { RISK_LEVELS, RISK_MODES } from '../model/label';
import { formatPrior, formatReason } from '../rules/format';
import { levelOf } from '../rules/levels';
import { movesFrom } from '../rules/moves';
import { priorOf } from '../rules/priors';
import { PRIOR_RULE_ID, RULES, type Rule } from '../rules/rules';
import { CATEGORY_BY_ID } from '../taxonomy/categories';

// A mode is stored by its index: RISK_MODES only ever grows at its end.
const MODES: readonly RiskLabel['mode'][] = RISK_MODES;

/** A built-in reason: its rule id, then the phrases that matched. A reason the rules cannot
 *  word again (a user's keyword rule) keeps its text and sources. */
export type ReasonCode = [code: string, ...matched: string[]] | { code: string; text: string; sources: number[] };

/** [category id, its confidence ×100, score, level index, mode index, confidence ×100, reasons];
 *  null where the label has no category or no risk. */
export type LabelCode = [
  category: string | null,
  categoryConfidence: number,
  score: number | null,
  level: number,
  mode: number,
  confidence: number,
  reasons: ReasonCode[],
];

const RULE_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));
const pct = (n: number) => Math.round(n * 100);

/** The phrases a reason's text was made from, when the rule's words give back that same text. */
function matchedOf(rule: Rule, text: string): string[] | null {
  if (text === formatReason(rule.words)) return [];
  const [before = '', after = ''] = rule.words.split('{matched}');
  if (!text.startsWith(before) || !text.endsWith(after)) return null;
  const list = text.slice(before.length, text.length - after.length);
  const matched = list.split(', ').map((m) => (m === '…' ? m : m.replace(/^“|”$/g, '')));
  return formatReason(rule.words, matched) === text ? matched : null;
}

function codeReason(reason: Reason): ReasonCode {
  const rule = RULE_BY_ID.get(reason.code);
  const matched = rule && matchedOf(rule, reason.text);
  if (reason.code === PRIOR_RULE_ID) return [PRIOR_RULE_ID];
  return matched ? [reason.code, ...matched] : { ...reason };
}

function wordReason(code: ReasonCode, categoryId: string | null): Reason {
  if (!Array.isArray(code)) return code;
  const [id, ...matched] = code;
  const def = categoryId ? CATEGORY_BY_ID.get(categoryId) : undefined;
  if (id === PRIOR_RULE_ID && def) {
    const prior = priorOf(def);
    return { code: id, text: formatPrior(def, prior, levelOf(prior.score)), sources: prior.sources };
  }
  const rule = RULE_BY_ID.get(id);
  return { code: id, text: rule ? formatReason(rule.words, matched) : '', sources: rule?.sources ?? [] };
}

export function codeLabel(label: Label): LabelCode {
  const { category, risk } = label;
  return [
    category?.id ?? null,
    category ? pct(category.confidence) : 0,
    risk?.score ?? null,
    risk ? RISK_LEVELS.indexOf(risk.level) : 0,
    risk ? MODES.indexOf(risk.mode) : 0,
    risk ? pct(risk.confidence) : 0,
    risk?.reasons.map(codeReason) ?? [],
  ];
}

export function wordLabel(code: LabelCode): Label {
  const [categoryId, categoryConfidence, score, level, mode, confidence, reasons] = code;
  const def = categoryId ? CATEGORY_BY_ID.get(categoryId) : undefined;
  const category: CategoryLabel | null =
    categoryId && def ? { id: categoryId, name: def.name, upwork: def.upwork, confidence: categoryConfidence / 100 } : null;
  if (score === null) return { category, risk: null };
  const riskLevel = RISK_LEVELS[level]!;
  return {
    category,
    risk: {
      level: riskLevel,
      score,
      mode: MODES[mode]!,
      reasons: reasons.map((r) => wordReason(r, categoryId)),
      confidence: confidence / 100,
      movesTo: categoryId && (riskLevel === 'high' || riskLevel === 'very-high') ? movesFrom(categoryId) : [],
    },
  };
}

/** The coded form when it words back to exactly this label, else the label itself (one made by
 *  rules that have since changed, or from an import): nothing stored is ever lost. */
export function storedLabel(label: Label): LabelCode | Label {
  const code = codeLabel(label);
  return JSON.stringify(wordLabel(code)) === JSON.stringify(label) ? code : label;
}

export const readLabel = (stored: LabelCode | Label): Label => (Array.isArray(stored) ? wordLabel(stored) : stored);
