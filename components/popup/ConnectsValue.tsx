// The Upwork jobs of this week whose Connects are best spent, by the Connects advisor's
// expected-value estimate, with its verdict in the advisor's own words.
import type { ConnectsBet } from '@/lib/insights/connects-value';
import { usd, verdictWords } from '@/lib/connects/format';
import { t } from '@/lib/i18n';

export function ConnectsValue({ bets }: { bets: ConnectsBet[] }) {
  if (bets.length === 0) return null;
  return (
    <section aria-labelledby="connects-value-title" data-section="connects-value">
      <h2 id="connects-value-title">{t('cv_title')}</h2>
      <ol class="bets">
        {bets.map((b) => (
          <li key={b.listing.id} data-connects-bet={b.listing.id}>
            <a href={b.listing.url} target="_blank" rel="noreferrer noopener" dir="auto">{b.listing.title}</a>
            <div class="muted">
              {verdictWords(b.verdict)} ·{' '}
              {t(b.assumed ? 'cv_value_assumed' : 'cv_value', { ratio: Math.round(b.ratio), count: b.connects, usd: usd(b.costUsd) })}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
