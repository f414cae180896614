// The one place codes become words: every view (badge panel, popup, dashboard, exports, the
// `label` command) shows the text this module writes, so a reason reads the same everywhere.
import type { RiskLabel, RiskLevel } from '../model/label';
import type { CategoryDef } from '../taxonomy/categories';
import type { Prior } from './priors';

export const LEVEL_WORDS: Readonly<Record<RiskLevel, string>> = {
  'very-low': 'very low',
  low: 'low',
  medium: 'medium',
  high: 'high',
  'very-high': 'very high',
};

export const MODE_WORDS: Readonly<Record<RiskLabel['mode'], string>> = {
  automation: 'AI can do much of this work alone',
  augmentation: 'AI helps with this work; people still do it',
  'builds-ai': 'this work builds AI systems',
  'human-only': 'this work needs a person present',
  'operates-ai': 'this work makes its output with AI tools, which clients can use too',
  'reviews-ai': 'this work checks and fixes what AI produced',
};

/** Shown with every risk label (evidence.md §1 and the exposure indices' own warnings). */
export const CAVEAT =
  'Exposure is not replacement: these figures say how much of the work AI can do and how demand moved, ' +
  'not that this job will disappear.';

/** A rule's words with what matched filled in ("{matched}" → "“translate”"). */
export function formatReason(words: string, matched: readonly string[] = []): string {
  const list = matched.length ? matched.map((m) => (m === '…' ? m : `“${m}”`)).join(', ') : 'this listing';
  return words.replace('{matched}', list);
}

/** Why the category starts where it does. */
export function formatPrior(category: CategoryDef, prior: Prior, level: RiskLevel): string {
  return `${category.name}: ${LEVEL_WORDS[level]} exposure by the evidence, ${prior.why}.`;
}

/** A reason from one of the user's own keyword rules. */
export function formatCustom(name: string, matched: readonly string[], note: string | null | undefined): string {
  const base = `Your rule “${name}” matched ${matched.map((m) => `“${m}”`).join(', ')}`;
  return note ? `${base}: ${note}` : `${base}.`;
}
