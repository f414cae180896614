// The badge's panel, built where the listing is labelled: risk with its sources, rate trend,
// Connects advice (Upwork) and how often the user has seen the listing. In Urdu the panel is
// right to left (its root carries lang and dir; the page renders them as sent).
import type { Advice } from '@/lib/connects/advise';
import type { OutcomeRecord } from '@/lib/connects/outcome';
import type { Fit } from '@/lib/fit/fit';
import { currentDir, currentLanguage, formatDate, t } from '@/lib/i18n';
import type { Label } from '@/lib/model/label';
import type { Listing } from '@/lib/model/listing';
import { h, type ViewElement } from '@/lib/model/view';
import type { ListingTrend } from '@/lib/trends/trend-label';
import type { HomeCurrency } from '@/lib/trends/trend-words';
import { connectsSection } from './connects-section';
import { fitSection } from './fit-section';
import { riskSection } from './risk-section';
import { trendSection } from './trend-section';

export interface PanelInputs {
  listing: Listing;
  label: Label | null;
  trend: ListingTrend | null;
  homeCurrency: HomeCurrency;
  /** Upwork jobs: the advice with the user's history, and the user's mark on the job. */
  connects: { advice: Advice; outcome: OutcomeRecord | null } | null;
  /** Once stored: how often and since when the user has seen it. */
  seen: { count: number; firstSeenAt: number } | null;
  /** The listing's skills against the user's profile; null when unknown. */
  fit?: Fit | null;
}

export function panelView(p: PanelInputs): ViewElement {
  return h(
    'div',
    { class: 'panel', role: 'region', 'aria-label': t('panel_label', { title: p.listing.title }), lang: currentLanguage(), dir: currentDir() },
    riskSection(p.label),
    fitSection(p.fit ?? null),
    trendSection(p.trend, p.homeCurrency),
    p.connects && connectsSection(p.connects.advice, p.connects.outcome),
    p.seen &&
      h(
        'p',
        { class: 'muted', 'data-giglens-seen': p.seen.count },
        t('panel_seen', { count: p.seen.count, day: formatDate(p.seen.firstSeenAt) }),
      ),
  );
}
