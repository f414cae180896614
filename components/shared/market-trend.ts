// Where each Upwork category's demand is heading, from the research baseline (2023 → 2026
// share of posts). Wiring point for lib/trends: until it lands there is no market trend and
// views show the user's own weekly counts alone.
import type { UpworkTopCategory } from '@/lib/model/label';

export interface MarketTrend {
  direction: 'up' | 'down' | 'flat';
  /** "9.1% of Upwork posts in Jan 2023, 2.7% in Jul–Aug 2026". */
  text: string;
}

export function marketTrendOf(_category: UpworkTopCategory): MarketTrend | null {
  return null;
}
