// A category's risk and trend, as the pivot plan shows them beside its reach: the evidence
// row's starting score (every listing of the category starts from it before its own signals,
// lib/rules/priors.ts), the research baseline of its Upwork category and, when the caller
// has enough history, the user's own pay trend for it (lib/trends).
import type { RiskLevel, UpworkTopCategory } from '../model/label';
import { levelOf } from '../rules/levels';
import { PRIORS, type Evidence } from '../rules/priors';
import { CATEGORY_BY_ID } from '../taxonomy/categories';
import { baselineFor, type BaselineTrend } from '../trends/baseline';
import type { LocalTrend } from '../trends/trend-label';

export interface CategoryOutlook {
  categoryId: string;
  upwork: UpworkTopCategory;
  risk: { score: number; level: RiskLevel; evidence: Evidence; sources: number[] } | null;
  baseline: BaselineTrend | null;
  local: LocalTrend | null;
}

/** Null for an id the taxonomy does not know (a profile kept from an older taxonomy). */
export function outlookOf(categoryId: string, local: LocalTrend | null = null): CategoryOutlook | null {
  const def = CATEGORY_BY_ID.get(categoryId);
  if (!def) return null;
  const prior = PRIORS[def.row];
  return {
    categoryId,
    upwork: def.upwork,
    risk: prior ? { score: prior.score, level: levelOf(prior.score), evidence: prior.evidence, sources: prior.sources } : null,
    baseline: baselineFor(def.upwork),
    local,
  };
}
