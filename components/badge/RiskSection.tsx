// The risk part of the badge panel: category, mode, the reasons with their source numbers,
// where demand is moving for exposed work, and the sources themselves one click away.
import type { Label } from '@/lib/model/label';
import { CAVEAT, MODE_WORDS } from '@/lib/rules/format';
import { SOURCE_BY_NUMBER } from '@/lib/rules/sources';

export function RiskSection({ label }: { label: Label | null }) {
  const risk = label?.risk ?? null;
  if (!risk) return <p>GigLens could not label this listing.</p>;
  const cited = [...new Set([...risk.reasons, ...risk.movesTo].flatMap((r) => r.sources))].sort((a, b) => a - b);
  return (
    <section aria-label="AI-substitution risk">
      {label?.category && (
        <h4>
          {label.category.name} <span class="muted">({label.category.upwork})</span>
        </h4>
      )}
      <p class="muted">
        Score {Math.round(risk.score)} of 100 · {MODE_WORDS[risk.mode]} · confidence {Math.round(risk.confidence * 100)}%
      </p>
      <ul>
        {risk.reasons.map((r) => (
          <li key={r.code}>
            {r.text}
            {r.sources.length > 0 && <span class="muted"> [{r.sources.join(', ')}]</span>}
          </li>
        ))}
      </ul>
      {risk.movesTo.length > 0 && (
        <>
          <h4>Where demand is moving</h4>
          <ul>
            {risk.movesTo.map((m) => (
              <li key={m.categoryId}>
                {m.name}: {m.figure}
                {m.sources.length > 0 && <span class="muted"> [{m.sources.join(', ')}]</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {cited.length > 0 && (
        <details>
          <summary class="muted">Sources ({cited.length})</summary>
          <ol class="src">
            {cited.map((n) => {
              const source = SOURCE_BY_NUMBER.get(n);
              return (
                <li key={n} value={n}>
                  {source ? (
                    <a href={source.url} target="_blank" rel="noopener noreferrer">
                      {source.title}
                    </a>
                  ) : (
                    `Source ${n}`
                  )}
                  {source && <span class="muted"> ({source.by}, {source.year})</span>}
                </li>
              );
            })}
          </ol>
        </details>
      )}
      <p class="muted">{CAVEAT}</p>
    </section>
  );
}
