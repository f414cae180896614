// The Connects advisor in the badge panel: verdict with its reasons, cost, client quality,
// competition, history signs, the formula, and the user's own outcome on the job. The outcome
// buttons carry `data-status` (and Clear `data-action`); the page sends what is pressed back.
import type { Advice } from '@/lib/connects/advise';
import { formatFinding, usd, VERDICT_WORDS } from '@/lib/connects/format';
import { OUTCOME_STATUSES, type OutcomeRecord, type OutcomeStatus } from '@/lib/connects/outcome';
import { h, type ViewElement } from '@/lib/model/view';
import { competitionBlock, formulaBlock, qualityBlock } from './advice-parts';

export const STATUS_WORDS: Record<OutcomeStatus, string> = {
  applied: 'Applied',
  interviewed: 'Interviewed',
  hired: 'Hired',
  'no-reply': 'No reply',
};

/** Caps first, then the history signs: what most changes the verdict. */
const WHY_CODES = new Set(['capped', 'repost', 'ghost-open-long', 'client-away']);

function outcomeControls(advice: Advice, outcome: OutcomeRecord | null): ViewElement {
  const initial = outcome?.connects ?? (advice.cost.assumed ? null : advice.cost.connects);
  return h(
    'div',
    { class: 'gl-outcome', role: 'group', 'aria-label': 'What became of your proposal' },
    h('span', { class: 'muted' }, 'Applied? Mark it: '),
    ...OUTCOME_STATUSES.map((status) =>
      h('button', { type: 'button', 'data-status': status, 'aria-pressed': outcome?.status === status ? 'true' : 'false' }, STATUS_WORDS[status]),
    ),
    h(
      'label',
      null,
      ' Connects spent ',
      h('input', { type: 'number', name: 'connects', min: 0, max: 999, inputmode: 'numeric', value: initial === null ? '' : String(initial) }),
    ),
    outcome && h('button', { type: 'button', class: 'gl-clear', 'data-action': 'outcome-clear' }, 'Clear'),
  );
}

export function connectsSection(advice: Advice, outcome: OutcomeRecord | null): ViewElement {
  const why = advice.reasons.filter((r) => WHY_CODES.has(r.code));
  const { cost } = advice;
  return h(
    'section',
    { class: 'gl-connects', 'aria-label': 'Is this job worth the Connects?', 'data-verdict': advice.verdict },
    h(
      'p',
      { class: 'gl-verdict-line' },
      h('strong', { class: `gl-verdict gl-${advice.verdict}` }, VERDICT_WORDS[advice.verdict]),
      ' ',
      h('span', { 'data-cost': '' }, `${cost.connects} Connects = ${usd(cost.usd)}`, cost.assumed && h('span', { class: 'muted' }, ' (assumed: not shown here)')),
      h('span', { class: 'muted' }, ` · expected ${usd(advice.estimate.evUsd)}, ${advice.estimate.ratio.toFixed(0)}× the cost`),
    ),
    why.length > 0 && h('ul', { class: 'gl-why' }, ...why.map((f) => h('li', { 'data-reason': f.code }, formatFinding(f)))),
    qualityBlock(advice),
    competitionBlock(advice.competition),
    formulaBlock(advice),
    outcomeControls(advice, outcome),
    outcome &&
      h(
        'p',
        { class: 'muted', 'data-outcome': outcome.status },
        `Marked ${STATUS_WORDS[outcome.status].toLowerCase()} on ${new Date(outcome.updatedAt).toISOString().slice(0, 10)}.`,
      ),
  );
}
