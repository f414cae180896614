// The parts of the Connects panel: client quality with its sum, competition, and the
// formula with the actual numbers. Every sentence comes from lib/connects/format.ts.
import type { Advice } from '@/lib/connects/advise';
import type { Competition } from '@/lib/connects/competition';
import { formatFinding } from '@/lib/connects/format';
import { ADVISOR_MODEL, FORMULA_TEXT } from '@/lib/connects/model';
import { h, type ViewElement } from '@/lib/model/view';

export function qualityBlock(advice: Advice): ViewElement {
  const { score, flags, penalties } = advice.quality;
  const points = new Map(penalties.map((p) => [p.code, p.points]));
  const shown = new Set<string>();
  const items = flags.map((f) => {
    // A flag raised twice (two scam phrases) costs its points once.
    const first = !shown.has(f.code);
    shown.add(f.code);
    return h('li', { 'data-flag': f.code }, formatFinding(f), first && score !== null && h('span', { class: 'muted' }, ` −${points.get(f.code as never)}`));
  });
  return h(
    'div',
    { class: 'gl-quality', 'data-client-score': score ?? 'unknown' },
    h('h5', null, `Client quality ${score === null ? 'unknown' : `${score}/100`}`),
    flags.length === 0
      ? h('p', { class: 'muted' }, score === null ? 'This view shows too little about the client.' : 'No warning signs.')
      : h('ul', null, ...items),
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

export function competitionBlock(competition: Competition): ViewElement {
  const facts = competitionFacts(competition);
  return h(
    'div',
    { class: 'gl-competition', 'data-competition': competition.level },
    h('h5', null, `Competition: ${competition.level}`),
    h('p', null, facts.length ? facts.join(' · ') : 'Proposals are not shown here.'),
  );
}

export function formulaBlock(advice: Advice): ViewElement {
  const V = ADVISOR_MODEL.verdict;
  return h(
    'details',
    { class: 'gl-formula' },
    h('summary', null, 'How this is worked out'),
    h('p', null, FORMULA_TEXT),
    h('ul', null, ...advice.estimate.terms.map((t) => h('li', { 'data-term': t.code }, formatFinding(t)))),
    h(
      'p',
      { class: 'muted' },
      `Worth it from ${V.worthItAtLeast}× the Connects cost, Think twice from ${V.thinkTwiceAtLeast}×, Skip below. ` +
        `Weights: model v${advice.modelVersion}, all local; see docs/connects-advisor.md.`,
    ),
  );
}
