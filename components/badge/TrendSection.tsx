// The rate-trend part of the badge panel: the research baseline of the listing's Upwork
// category with its sources, the user's own history (or how much of it is still missing), where
// this listing's pay sits, and what the user's history cannot say.
import type { ListingTrend } from '@/lib/trends/trend-label';
import type { BaselineTrend } from '@/lib/trends/baseline';
import { BASELINE_CAVEATS, BASELINE_SOURCES, EVIDENCE_SOURCES } from '@/lib/trends/baseline-data';
import {
  LOCAL_CAVEAT,
  baselineDirectionWords,
  baselineRateWords,
  baselineShareWords,
  collectingWords,
  localWords,
  percentileWords,
  type HomeCurrency,
} from '@/lib/trends/trend-words';

export interface TrendSectionProps {
  /** The background's trend for this listing; null or absent until it has answered. */
  trend: ListingTrend | null | undefined;
  homeCurrency: HomeCurrency;
}

function Baseline({ baseline, home }: { baseline: BaselineTrend; home: HomeCurrency }) {
  const samples = [BASELINE_SOURCES[baseline.before.source], BASELINE_SOURCES[baseline.after.source]];
  return (
    <>
      <p data-giglens-trend="baseline">
        {baselineShareWords(baseline)}: {baselineDirectionWords(baseline)}.
      </p>
      <p>{baselineRateWords(baseline, home)}</p>
      {baseline.notes.length > 0 && (
        <ul>
          {baseline.notes.map((note) => (
            <li key={note.text}>
              {note.text}{' '}
              <span class="muted src">
                [
                {note.sources.map((n, i) => (
                  <span key={n}>
                    {i > 0 && ', '}
                    <a href={EVIDENCE_SOURCES[n]?.url} target="_blank" rel="noopener noreferrer" title={EVIDENCE_SOURCES[n]?.name}>
                      {n}
                    </a>
                  </span>
                ))}
                ]{note.mark === 'S' ? ' (secondary report)' : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p class="muted src">
        Sources:{' '}
        {samples.map((s, i) => (
          <span key={s.url}>
            {i > 0 && '; '}
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.name}
            </a>
          </span>
        ))}
        .
      </p>
      <details class="muted">
        <summary>Caveats</summary>
        <ul>
          {BASELINE_CAVEATS.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </details>
    </>
  );
}

export function TrendSection({ trend, homeCurrency }: TrendSectionProps) {
  if (!trend) return <p class="muted">Rate trend: shown once GigLens has stored this listing.</p>;
  const { baseline, local, percentile, history } = trend;
  return (
    <section aria-label="Rate trend">
      <h4>Rate trend</h4>
      {baseline ? (
        <Baseline baseline={baseline} home={homeCurrency} />
      ) : (
        <p class="muted">No market baseline: GigLens could not place this listing in an Upwork category.</p>
      )}
      {history && (
        <p data-giglens-trend="local">
          {local ? localWords(local, history, homeCurrency) : collectingWords(history)}
        </p>
      )}
      {history && percentile !== null && <p data-giglens-trend="percentile">{percentileWords(percentile, history)}</p>}
      {history && <p class="muted">{LOCAL_CAVEAT}</p>}
    </section>
  );
}
