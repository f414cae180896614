// Best bets: this week's lowest-risk listings with the best pay against comparable ones.
import type { BestBet } from '@/lib/insights/best-bets';
import { formatPay, type HomeCurrency } from '@/lib/insights/format';
import { t } from '@/lib/i18n';
import { RiskChip } from '../shared/RiskChip';

export function BestBets({ bets, home }: { bets: BestBet[]; home: HomeCurrency }) {
  return (
    <section aria-labelledby="bets-title" data-section="best-bets">
      <h2 id="bets-title">{t('bets_title')}</h2>
      {bets.length === 0 ? (
        <p class="muted">{t('bets_empty')}</p>
      ) : (
        <ol class="bets">
          {bets.map((b) => (
            <li key={`${b.listing.platform}:${b.listing.id}`} data-bet={`${b.listing.platform}:${b.listing.id}`}>
              <a href={b.listing.url} target="_blank" rel="noreferrer noopener" dir="auto">{b.listing.title}</a>
              <div class="muted">
                <RiskChip label={b.listing.label} /> · <bdi>{formatPay(b.listing, home)}</bdi> ·{' '}
                {t('bets_percentile', { percentile: b.percentile, count: b.peers, group: b.peerGroup })}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
