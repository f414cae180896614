// The rules' and the baseline's data texts in the active language: English as the data carry
// it, Urdu from rule-words-ur.ts (by rule id, evidence row, category). A text without Urdu
// words stays as the data say it, never blank.
import type { Label, Move, Reason } from '../model/label';
import { CATEGORY_BY_ID } from '../taxonomy/categories';
import { BASELINE_CAVEATS, type DemandNote } from '../trends/baseline-data';
import { PRIOR_RULE_ID } from '../rules/rules';
import { LEVEL_WORDS } from '../rules/format';
import { currentLanguage, t } from './index';
import { BASELINE_CAVEATS_UR, DEMAND_NOTES_UR, MOVE_FIGURES_UR, PRIOR_WHY_UR, RULE_WORDS_UR, SPECIALTY_WHY_UR } from './rule-words-ur';

const urdu = () => currentLanguage() === 'ur';

/** The matched phrases as the English reason quotes them (“translate”, “localize”). */
function matchedIn(text: string): string {
  const quoted = text.match(/“[^”]*”(?:, (?:“[^”]*”|…))*/);
  return quoted ? quoted[0].replace(/, /g, t('list_separator')) : t('reason_this_listing');
}

const LEVEL_KEY: Record<string, string> = {
  'very-low': 'level_very_low',
  low: 'level_low',
  medium: 'level_medium',
  high: 'level_high',
  'very-high': 'level_very_high',
};

/** The user's own rule, as lib/rules/format.ts formatCustom writes it. */
const CUSTOM_REASON = /^Your rule “(.*)” matched ((?:“[^”]*”(?:, )?)+)(?:: ([\s\S]*)|\.)$/;

export function reasonWords(reason: Reason, label: Label | null): string {
  if (!urdu()) return reason.text;
  const custom = reason.code.startsWith('custom:') ? reason.text.match(CUSTOM_REASON) : null;
  if (custom) {
    const [, name = '', matched = '', note] = custom;
    const params = { name, matched: matched.replace(/, /g, t('list_separator')) };
    return note === undefined ? t('reason_custom', params) : t('reason_custom_note', { ...params, note });
  }
  const words = RULE_WORDS_UR[reason.code];
  if (words) return words.replace('{matched}', matchedIn(reason.text));
  if (reason.code === PRIOR_RULE_ID && label?.category) {
    const def = CATEGORY_BY_ID.get(label.category.id);
    const why = def && (SPECIALTY_WHY_UR[def.id] ?? PRIOR_WHY_UR[def.row]);
    // "Writing: high exposure by the evidence, …": the level is the English text's own.
    const level = Object.entries(LEVEL_WORDS).find(([, w]) => reason.text.includes(`: ${w} exposure`))?.[0];
    if (def && why && level) return t('reason_prior', { category: def.name, level: t(LEVEL_KEY[level]!), why });
  }
  return reason.text;
}

export const moveFigure = (move: Move): string => (urdu() ? (MOVE_FIGURES_UR[move.categoryId] ?? move.figure) : move.figure);

export function demandNoteWords(category: string, index: number, note: DemandNote): string {
  return (urdu() && (DEMAND_NOTES_UR as Record<string, readonly string[]>)[category]?.[index]) || note.text;
}

export const baselineCaveats = (): readonly string[] => (urdu() ? BASELINE_CAVEATS_UR : BASELINE_CAVEATS);


/** A rule's description in the settings table (lib/rules/catalog.ts), in the active language. */
export function ruleDescription(id: string, description: string): string {
  if (!urdu()) return description;
  if (id === PRIOR_RULE_ID) return t('rule_prior_description');
  const words = RULE_WORDS_UR[id];
  return words ? words.replace('{matched}', matchedIn(description)) : description;
}
