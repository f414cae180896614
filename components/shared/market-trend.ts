// Where each Upwork category's demand is heading, from the research baseline shipped in
// lib/trends: its share of Upwork posts in Jan 2023 against Jul–Aug 2026.
import { t } from '@/lib/i18n';
import type { UpworkTopCategory } from '@/lib/model/label';
import { baselineFor } from '@/lib/trends/baseline';
import { formatShare } from '@/lib/insights/format';

export interface MarketTrend {
  direction: 'up' | 'down' | 'flat';
  /** "9.1% of Upwork posts in Jan 2023, 2.7% in Jul–Aug 2026". */
  shift: string;
  /** The same with the category: "Writing: 9.1% of Upwork posts…". */
  text: string;
}

/** A share that moved less than a tenth either way is read as steady: two different samples
 *  (see BASELINE_CAVEATS) cannot support a finer reading. */
const STEADY = 0.1;

export function marketTrendOf(category: UpworkTopCategory): MarketTrend | null {
  const b = baselineFor(category);
  if (!b) return null;
  const { share2023, share2026, shareRatio } = b.figures;
  const direction = shareRatio >= 1 + STEADY ? 'up' : shareRatio <= 1 - STEADY ? 'down' : 'flat';
  const shift = t('market_shift', { before: formatShare(share2023), beforePeriod: b.before.period, after: formatShare(share2026), afterPeriod: b.after.period });
  return { direction, shift, text: t('market_shift_category', { category, shift }) };
}
