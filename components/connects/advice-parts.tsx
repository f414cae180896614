// The parts of the Connects panel: client quality with its sum, competition, and the
// formula with the actual numbers. Every sentence comes from lib/connects/format.ts.
import type { Advice } from '@/lib/connects/advise';
import type { Competition } from '@/lib/connects/competition';
import { formatFinding } from '@/lib/connects/format';
import { ADVISOR_MODEL, FORMULA_TEXT } from '@/lib/connects/model';

export function QualityBlock({ advice }: { advice: Advice }) {
  const { score, flags, penalties } = advice.quality;
  const points = new Map(penalties.map((p) => [p.code, p.points]));
  const shown = new Set<string>();
  return (
    <div class="gl-quality" data-client-score={score ?? 'unknown'}>
      <h5>Client quality {score === null ? 'unknown' : `${score}/100`}</h5>
      {flags.length === 0 ? (
        <p class="muted">{score === null ? 'This view shows too little about the client.' : 'No warning signs.'}</p>
      ) : (
        <ul>
          {flags.map((f, n) => {
            // A flag raised twice (two scam phrases) costs its points once.
            const first = !shown.has(f.code);
            shown.add(f.code);
            return (
              <li key={n} data-flag={f.code}>
                {formatFinding(f)}
                {first && score !== null && <span class="muted"> −{points.get(f.code as never)}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

function competitionFacts(c: Competition): string[] {
  const facts: string[] = [];
  if (c.proposals) facts.push(`Proposals ${c.proposals.max === null ? `${c.proposals.min}+` : `${c.proposals.min} to ${c.proposals.max}`}`);
  if (c.interviewing !== null) facts.push(`Interviewing ${c.interviewing}`);
  if (c.invitesSent !== null) {
    facts.push(`Invites ${c.invitesSent}${c.unansweredInvites !== null ? `, ${c.unansweredInvites} unanswered` : ''}`);
  }
  if (c.ageDays !== null) facts.push(c.ageDays === 0 ? 'Posted today' : `Posted ${c.ageDays} d ago`);
  if (c.lastViewedText) facts.push(`Client last viewed ${c.lastViewedText}`);
  return facts;
}

export function CompetitionBlock({ competition }: { competition: Competition }) {
  const facts = competitionFacts(competition);
  return (
    <div class="gl-competition" data-competition={competition.level}>
      <h5>Competition: {competition.level}</h5>
      <p>{facts.length ? facts.join(' · ') : 'Proposals are not shown here.'}</p>
    </div>
  );
}

export function FormulaBlock({ advice }: { advice: Advice }) {
  const V = ADVISOR_MODEL.verdict;
  return (
    <details class="gl-formula">
      <summary>How this is worked out</summary>
      <p>{FORMULA_TEXT}</p>
      <ul>
        {advice.estimate.terms.map((t, n) => (
          <li key={n} data-term={t.code}>
            {formatFinding(t)}
          </li>
        ))}
      </ul>
      <p class="muted">
        Worth it from {V.worthItAtLeast}× the Connects cost, Think twice from {V.thinkTwiceAtLeast}×, Skip below.
        Weights: model v{advice.modelVersion}, all local; see docs/connects-advisor.md.
      </p>
    </details>
  );
}
