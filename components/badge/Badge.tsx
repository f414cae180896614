// The badge beside each listing: the risk band (and on Upwork the Connects verdict) at a
// glance; the reasons, trend, advice and sources one click away.
import { useState } from 'preact/hooks';
import type { Advice } from '@/lib/connects/advise';
import { VERDICT_WORDS } from '@/lib/connects/format';
import type { OutcomeMark, OutcomeRecord } from '@/lib/connects/outcome';
import type { Label } from '@/lib/model/label';
import { riskAttr } from '@/lib/model/label';
import type { Listing } from '@/lib/model/listing';
import type { ListingInsight } from '@/lib/messaging/messages';
import type { HomeCurrency } from '@/lib/trends/trend-words';
import { riskLevelName } from '../format/risk-words';
import { ConnectsSection } from './ConnectsSection';
import { RiskSection } from './RiskSection';
import { TrendSection } from './TrendSection';

export interface ConnectsView {
  advice: Advice;
  outcome: OutcomeRecord | null;
  onOutcome: (mark: OutcomeMark | null) => void;
}

export interface BadgeProps {
  listing: Listing;
  label: Label | null;
  insight: ListingInsight | null;
  onStar?: (saved: boolean) => void;
  homeCurrency?: HomeCurrency;
  /** Upwork jobs: the Connects advice, once computed. */
  connects?: ConnectsView | null;
  /** Called the first time the panel opens (the content script fetches history then). */
  onOpen?: () => void;
}

export function Badge(props: BadgeProps) {
  const { listing, label, insight, onStar, connects } = props;
  const [open, setOpen] = useState(false);
  const level = riskAttr(label);
  const risk = label?.risk ?? null;
  const saved = insight?.saved ?? false;
  const toggle = () => {
    if (!open) props.onOpen?.();
    setOpen(!open);
  };
  return (
    <div class={`risk-${level}`}>
      <button type="button" class="pill" aria-expanded={open} title="GigLens: AI-substitution risk" onClick={toggle}>
        <span class="dot" aria-hidden="true" />
        AI risk: {riskLevelName(level)}
        {risk ? ` · ${Math.round(risk.score)}` : ''}
      </button>
      {connects && (
        <button type="button" class={`verdict verdict-${connects.advice.verdict}`} onClick={toggle}>
          Connects: {VERDICT_WORDS[connects.advice.verdict]}
        </button>
      )}
      {onStar && (
        <button
          type="button"
          class="star"
          aria-pressed={saved}
          aria-label={saved ? 'Remove from saved listings' : 'Save this listing'}
          onClick={() => onStar(!saved)}
        >
          {saved ? '★' : '☆'}
        </button>
      )}
      {open && (
        <div class="panel" role="region" aria-label={`GigLens on ${listing.title}`}>
          <RiskSection label={label} />
          <TrendSection trend={insight?.trend} homeCurrency={props.homeCurrency ?? null} />
          {connects && (
            <ConnectsSection
              listing={listing}
              label={label}
              advice={connects.advice}
              outcome={connects.outcome}
              onOutcome={connects.onOutcome}
            />
          )}
          {insight && (
            <p class="muted">
              Seen {insight.seenCount} {insight.seenCount === 1 ? 'time' : 'times'} since{' '}
              {new Date(insight.firstSeenAt).toLocaleDateString()}.
            </p>
          )}
        </div>
      )}
    </div>
  );
}
