// The badge beside each listing: the risk band at a glance, the reasons one click away.
import { useState } from 'preact/hooks';
import type { Label } from '@/lib/model/label';
import { riskAttr } from '@/lib/model/label';
import type { Listing } from '@/lib/model/listing';
import type { ListingInsight } from '@/lib/messaging/messages';
import { riskLevelName } from '../format/risk-words';

export interface BadgeProps {
  listing: Listing;
  label: Label | null;
  insight: ListingInsight | null;
  onStar?: (saved: boolean) => void;
}

export function Badge({ listing, label, insight, onStar }: BadgeProps) {
  const [open, setOpen] = useState(false);
  const level = riskAttr(label);
  const risk = label?.risk ?? null;
  const saved = insight?.saved ?? false;
  return (
    <div class={`risk-${level}`}>
      <button
        type="button"
        class="pill"
        aria-expanded={open}
        title="GigLens: AI-substitution risk"
        onClick={() => setOpen(!open)}
      >
        <span class="dot" aria-hidden="true" />
        AI risk: {riskLevelName(level)}
        {risk ? ` · ${Math.round(risk.score)}` : ''}
      </button>
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
          {label?.category && (
            <h4>
              {label.category.name} <span class="muted">({label.category.upwork})</span>
            </h4>
          )}
          {risk ? (
            <ul>
              {risk.reasons.map((r) => (
                <li key={r.code}>
                  {r.text}
                  {r.sources.length > 0 && <span class="muted"> [{r.sources.join(', ')}]</span>}
                </li>
              ))}
            </ul>
          ) : (
            <p>GigLens could not label this listing yet.</p>
          )}
          {insight && (
            <p class="muted">
              Seen {insight.seenCount} {insight.seenCount === 1 ? 'time' : 'times'} since{' '}
              {new Date(insight.firstSeenAt).toLocaleDateString()}.
            </p>
          )}
          <p class="muted">Exposure to AI is not replacement: it says where AI can do the task, not that it will.</p>
        </div>
      )}
    </div>
  );
}
