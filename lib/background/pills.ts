// The pill's words and state for one listing, made in the background so the page carries no
// words, formatter or label of its own: it shows what it is sent, in the user's language.
import type { Verdict } from '../connects/model';
import { verdictWords } from '../connects/format';
import type { Fit } from '../fit/fit';
import { currentDir, currentLanguage, formatNumber, t } from '../i18n';
import { riskAttr, type Label } from '../model/label';
import { listingKey, type Listing } from '../model/listing';
import type { Pill, PillFilter, PillFit } from '../model/view';
import { riskLevelName, riskModeWords } from '@/components/format/risk-words';

export interface PillExtras {
  verdict?: Verdict | null;
  /** Known once the listing is stored. */
  saved?: boolean | null;
  /** The user's filter rules fade or fold it. */
  filter?: PillFilter | null;
  /** The listing's skills against the user's profile; null when unknown (nothing is shown). */
  fit?: Fit | null;
}

/** The pill's tooltip: what it measures and, when there is a label, the kind of work in one line. */
const pillTitle = (label: Label | null): string =>
  label?.risk ? t('pill_title_mode', { title: t('pill_title'), mode: riskModeWords(label.risk.mode) }) : t('pill_title');

/** "fit 4/6", and the sentence it stands for: "You have 4 of its 6 skills". */
function fitWords(fit: Fit): PillFit {
  const args = { count: fit.total, have: formatNumber(fit.have.length), total: formatNumber(fit.total) };
  return { text: t('pill_fit', args), title: t('pill_fit_title', args) };
}

export function pillOf(listing: Listing, label: Label | null, extras: PillExtras = {}): Pill {
  const risk = riskAttr(label);
  const level = riskLevelName(risk);
  const saved = extras.saved ?? null;
  const filter = extras.filter ?? null;
  return {
    key: listingKey(listing),
    risk,
    text: label?.risk ? t('pill_text_score', { level, score: formatNumber(Math.round(label.risk.score)) }) : t('pill_text', { level }),
    title: filter ? t('pill_title_filtered', { title: pillTitle(label), reason: filter.reason }) : pillTitle(label),
    lang: currentLanguage(),
    dir: currentDir(),
    verdict: extras.verdict ? { code: extras.verdict, text: t('pill_verdict', { verdict: verdictWords(extras.verdict) }) } : null,
    star: saved === null ? null : { saved, save: t('pill_save'), unsave: t('pill_unsave') },
    filter,
    fit: extras.fit ? fitWords(extras.fit) : null,
  };
}
