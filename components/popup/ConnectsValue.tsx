// The Upwork jobs of this week whose Connects are best spent, by the Connects advisor's
// expected-value estimate, with its verdict in the advisor's own words.
import type { ConnectsBet } from '@/lib/insights/connects-value';
import { usd, VERDICT_WORDS } from '@/lib/connects/format';

export function ConnectsValue({ bets }: { bets: ConnectsBet[] }) {
  if (bets.length === 0) return null;
  return (
    <section aria-labelledby="connects-value-title" data-section="connects-value">
      <h2 id="connects-value-title">Best value for your Connects</h2>
      <ol class="bets">
        {bets.map((b) => (
          <li key={b.listing.id} data-connects-bet={b.listing.id}>
            <a href={b.listing.url} target="_blank" rel="noreferrer noopener">{b.listing.title}</a>
            <div class="muted">
              {VERDICT_WORDS[b.verdict]} · expected value about {Math.round(b.ratio).toLocaleString('en')}× its Connects cost ({b.connects}{' '}
              Connects{b.assumed ? ', assumed: the tile does not say' : ''} = {usd(b.costUsd)})
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
