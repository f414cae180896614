// The parts of the Connects panel: client quality with its sum, competition, and the
// formula with the actual numbers. Every sentence comes from lib/connects/format.ts or the
// catalogue.
import type { Advice } from '@/lib/connects/advise';
import type { Competition } from '@/lib/connects/competition';
import { formatFinding, levelWords } from '@/lib/connects/format';
import { ADVISOR_MODEL } from '@/lib/connects/model';
import { t } from '@/lib/i18n';
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
    h('h5', null, score === null ? t('quality_unknown') : t('quality_score', { score })),
    flags.length === 0
      ? h('p', { class: 'muted' }, score === null ? t('quality_too_little') : t('quality_no_warnings'))
      : h('ul', null, ...items),
  );
}

function competitionFacts(c: Competition): string[] {
  const facts: string[] = [];
  if (c.proposals) {
    facts.push(c.proposals.max === null ? t('comp_proposals_open', { min: c.proposals.min }) : t('comp_proposals', { min: c.proposals.min, max: c.proposals.max }));
  }
  if (c.interviewing !== null) facts.push(t('comp_interviewing', { count: c.interviewing }));
  if (c.invitesSent !== null) {
    facts.push(
      c.unansweredInvites !== null
        ? t('comp_invites_unanswered', { count: c.invitesSent, unanswered: c.unansweredInvites })
        : t('comp_invites', { count: c.invitesSent }),
    );
  }
  if (c.ageDays !== null) facts.push(c.ageDays === 0 ? t('comp_posted_today') : t('comp_posted_ago', { count: c.ageDays }));
  // Upwork's own words ("2 weeks ago"), as the page showed them.
  if (c.lastViewedText) facts.push(t('comp_last_viewed', { text: c.lastViewedText }));
  return facts;
}

export function competitionBlock(competition: Competition): ViewElement {
  const facts = competitionFacts(competition);
  return h(
    'div',
    { class: 'gl-competition', 'data-competition': competition.level },
    h('h5', null, t('comp_title', { level: levelWords(competition.level) })),
    h('p', null, facts.length ? facts.join(' · ') : t('comp_none')),
  );
}

export function formulaBlock(advice: Advice): ViewElement {
  const V = ADVISOR_MODEL.verdict;
  return h(
    'details',
    { class: 'gl-formula' },
    h('summary', null, t('formula_summary')),
    h('p', null, t('formula_text')),
    h('ul', null, ...advice.estimate.terms.map((term) => h('li', { 'data-term': term.code }, formatFinding(term)))),
    h(
      'p',
      { class: 'muted' },
      t('formula_thresholds', { worthIt: V.worthItAtLeast, thinkTwice: V.thinkTwiceAtLeast, version: String(advice.modelVersion) }),
    ),
  );
}
