// The categories seen most, each with where the market moved since 2023: the opening slide's
// one-line lesson per category.
import { t } from '@/lib/i18n';
import type { StoredListing } from '@/lib/db/schema';
import { categoryShares } from '@/lib/insights/series';
import { formatShare } from '@/lib/insights/format';
import { TrendArrow } from '../shared/TrendArrow';
import { marketTrendOf } from '../shared/market-trend';

export function TopCategories({ listings, top = 5 }: { listings: StoredListing[]; top?: number }) {
  const shares = categoryShares(listings).slice(0, top);
  if (shares.length === 0) return null;
  return (
    <>
      <h3>{t('topcats_title')}</h3>
      <ul class="top-cats" data-top-categories>
        {shares.map((c) => {
          const trend = marketTrendOf(c.category);
          return (
            <li key={c.category}>
              <strong><bdi>{c.category}</bdi></strong>: {t('topcats_share', { share: formatShare(c.share) })} <TrendArrow trend={trend} />
              {trend && <span class="muted"> — {trend.shift}</span>}
            </li>
          );
        })}
      </ul>
    </>
  );
}
