// A category's market direction as an arrow with words for screen readers and a tooltip.
import { t } from '@/lib/i18n';
import type { MarketTrend } from './market-trend';

const ARROW: Record<MarketTrend['direction'], string> = { up: '↑', down: '↓', flat: '→' };
const WORD: Record<MarketTrend['direction'], string> = { up: 'trend_growing', down: 'trend_shrinking', flat: 'trend_steady' };

export function TrendArrow({ trend }: { trend: MarketTrend | null }) {
  if (!trend) return null;
  return (
    <span class={`trend trend-${trend.direction}`} title={trend.text} data-trend={trend.direction}>
      <span aria-hidden="true">{ARROW[trend.direction]}</span>
      <span class="visually-hidden">{` ${t(WORD[trend.direction], { shift: trend.shift })}`}</span>
    </span>
  );
}
