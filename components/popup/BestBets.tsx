// Best bets: this week's lowest-risk listings with the best pay against comparable ones.
import type { BestBet } from '@/lib/insights/best-bets';
import { formatPay, type HomeCurrency } from '@/lib/insights/format';
import { RiskChip } from '../shared/RiskChip';

export function BestBets({ bets, home }: { bets: BestBet[]; home: HomeCurrency }) {
  return (
    <section aria-labelledby="bets-title" data-section="best-bets">
      <h2 id="bets-title">Best bets this week</h2>
      {bets.length === 0 ? (
        <p class="muted">Best bets appear once this week's listings have an AI-risk label and a stated pay.</p>
      ) : (
        <ol class="bets">
          {bets.map((b) => (
            <li key={`${b.listing.platform}:${b.listing.id}`} data-bet={`${b.listing.platform}:${b.listing.id}`}>
              <a href={b.listing.url} target="_blank" rel="noreferrer noopener">{b.listing.title}</a>
              <div class="muted">
                <RiskChip label={b.listing.label} /> · {formatPay(b.listing, home)} · pays more than or as much as{' '}
                {b.percentile}% of {b.peers} {b.peerGroup}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
