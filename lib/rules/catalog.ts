// Every rule the engine can apply, for the settings page (switch rules off) and for reviews:
// id, what it does, its effect and the sources behind it.
import { CATEGORIES } from '../taxonomy/categories';
import { formatReason } from './format';
import { priorOf } from './priors';
import { PRIOR_RULE_ID, RULES, type Rule, type RuleGroup } from './rules';

export interface CatalogEntry {
  id: string;
  group: RuleGroup | 'prior';
  description: string;
  /** Points added to the score when the rule fires (0 for the prior, which sets the start). */
  effect: number;
  sources: number[];
}

/** The first few phrases a rule looks for, to show in place of "what matched". */
function examples(rule: Rule): string[] {
  const phrases = rule.when.flatMap((c) => ('words' in c ? c.words.split('|') : 'titleWords' in c ? c.titleWords.split('|') : []));
  return phrases.length > 4 ? [...phrases.slice(0, 4), '…'] : phrases;
}

export function ruleCatalog(): CatalogEntry[] {
  const priorSources = [...new Set(CATEGORIES.flatMap((c) => priorOf(c).sources))].sort((a, b) => a - b);
  return [
    {
      id: PRIOR_RULE_ID,
      group: 'prior',
      description: 'Starts each listing at its category’s evidence prior (risk band and exposure indices); off, every listing starts at 50.',
      effect: 0,
      sources: priorSources,
    },
    ...RULES.map((r) => ({ id: r.id, group: r.group, description: formatReason(r.words, examples(r)), effect: r.effect, sources: [...r.sources] })),
  ];
}
