// The Connects advisor in the badge panel: verdict with its reasons, cost, client quality,
// competition, history signs, the formula, and the user's own outcome on the job.
import { useState } from 'preact/hooks';
import type { Advice } from '@/lib/connects/advise';
import { formatFinding, usd, VERDICT_WORDS } from '@/lib/connects/format';
import { OUTCOME_STATUSES, type OutcomeMark, type OutcomeRecord, type OutcomeStatus } from '@/lib/connects/outcome';
import { outcomeMark } from '@/lib/connects/outcome-mark';
import type { Label } from '@/lib/model/label';
import type { Listing } from '@/lib/model/listing';
import { CompetitionBlock, FormulaBlock, QualityBlock } from '../connects/advice-parts';

export interface ConnectsSectionProps {
  listing: Listing;
  label: Label | null;
  advice: Advice;
  /** The user's mark on this job, from the background; null or absent when none. */
  outcome?: OutcomeRecord | null;
  /** Sends the mark to the background (the only writer); null clears it. */
  onOutcome?: (mark: OutcomeMark | null) => void;
}

const STATUS_WORDS: Record<OutcomeStatus, string> = {
  applied: 'Applied',
  interviewed: 'Interviewed',
  hired: 'Hired',
  'no-reply': 'No reply',
};

/** Caps first, then the history signs: what most changes the verdict. */
const WHY_CODES = new Set(['capped', 'repost', 'ghost-open-long', 'client-away']);

function OutcomeControls({ listing, label, advice, outcome, onOutcome }: ConnectsSectionProps & { onOutcome: NonNullable<ConnectsSectionProps['onOutcome']> }) {
  const initial = outcome?.connects ?? (advice.cost.assumed ? null : advice.cost.connects);
  const [spent, setSpent] = useState<string>(initial === null ? '' : String(initial));
  const connects = /^\d{1,3}$/.test(spent.trim()) ? Number(spent.trim()) : null;
  return (
    <div class="gl-outcome" role="group" aria-label="What became of your proposal">
      <span class="muted">Applied? Mark it: </span>
      {OUTCOME_STATUSES.map((status) => (
        <button
          type="button"
          key={status}
          data-status={status}
          aria-pressed={outcome?.status === status}
          onClick={() => onOutcome(outcomeMark(listing, label, advice, status, connects))}
        >
          {STATUS_WORDS[status]}
        </button>
      ))}
      <label>
        {' '}Connects spent{' '}
        <input
          type="number"
          min={0}
          max={999}
          inputMode="numeric"
          value={spent}
          onInput={(e) => setSpent((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      {outcome && (
        <button type="button" class="gl-clear" onClick={() => onOutcome(null)}>
          Clear
        </button>
      )}
    </div>
  );
}

export function ConnectsSection(props: ConnectsSectionProps) {
  const { advice } = props;
  const why = advice.reasons.filter((r) => WHY_CODES.has(r.code));
  const { cost } = advice;
  return (
    <section class="gl-connects" aria-label="Is this job worth the Connects?" data-verdict={advice.verdict}>
      <p class="gl-verdict-line">
        <strong class={`gl-verdict gl-${advice.verdict}`}>{VERDICT_WORDS[advice.verdict]}</strong>{' '}
        <span data-cost>
          {cost.connects} Connects = {usd(cost.usd)}
          {cost.assumed && <span class="muted"> (assumed: not shown here)</span>}
        </span>
        <span class="muted"> · expected {usd(advice.estimate.evUsd)}, {advice.estimate.ratio.toFixed(0)}× the cost</span>
      </p>
      {why.length > 0 && (
        <ul class="gl-why">
          {why.map((f, n) => (
            <li key={n} data-reason={f.code}>
              {formatFinding(f)}
            </li>
          ))}
        </ul>
      )}
      <QualityBlock advice={advice} />
      <CompetitionBlock competition={advice.competition} />
      <FormulaBlock advice={advice} />
      {props.onOutcome && <OutcomeControls {...props} onOutcome={props.onOutcome} />}
      {props.outcome && (
        <p class="muted" data-outcome={props.outcome.status}>
          Marked {STATUS_WORDS[props.outcome.status].toLowerCase()} on {new Date(props.outcome.updatedAt).toISOString().slice(0, 10)}.
        </p>
      )}
    </section>
  );
}
