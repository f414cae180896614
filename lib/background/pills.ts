// The pill's words and state for one listing, made in the background so the page carries no
// words, formatter or label of its own: it shows what it is sent.
import type { Verdict } from '../connects/model';
import { VERDICT_WORDS } from '../connects/format';
import { riskAttr, type Label } from '../model/label';
import { listingKey, type Listing } from '../model/listing';
import type { Pill, PillFilter } from '../model/view';
import { riskLevelName } from '@/components/format/risk-words';

export interface PillExtras {
  verdict?: Verdict | null;
  /** Known once the listing is stored. */
  saved?: boolean | null;
  /** The user's filter rules fade or fold it. */
  filter?: PillFilter | null;
}

export function pillOf(listing: Listing, label: Label | null, extras: PillExtras = {}): Pill {
  const risk = riskAttr(label);
  const score = label?.risk ? ` · ${Math.round(label.risk.score)}` : '';
  const saved = extras.saved ?? null;
  const filter = extras.filter ?? null;
  return {
    key: listingKey(listing),
    risk,
    text: `AI risk: ${riskLevelName(risk)}${score}`,
    title: filter ? `GigLens: AI-substitution risk. ${filter.reason}` : 'GigLens: AI-substitution risk',
    verdict: extras.verdict ? { code: extras.verdict, text: `Connects: ${VERDICT_WORDS[extras.verdict]}` } : null,
    star: saved === null ? null : { saved, save: 'Save this listing', unsave: 'Remove from saved listings' },
    filter,
  };
}
