// The Connects advisor in the badge panel: verdict with its reasons, cost, client quality,
// competition, history signs, the formula, and the user's own outcome on the job. The outcome
// buttons carry `data-status` (and Clear `data-action`); the page sends what is pressed back.
import type { Advice } from '@/lib/connects/advise';
import { formatFinding, usd, verdictWords } from '@/lib/connects/format';
import { OUTCOME_STATUSES, type OutcomeRecord, type OutcomeStatus } from '@/lib/connects/outcome';
import { currentLocale, formatDate, t } from '@/lib/i18n';
import { h, type ViewElement } from '@/lib/model/view';
import { competitionBlock, formulaBlock, qualityBlock } from './advice-parts';

const STATUS_KEYS: Record<OutcomeStatus, string> = {
  applied: 'status_applied',
  interviewed: 'status_interviewed',
  hired: 'status_hired',
  'no-reply': 'status_no_reply',
};
export const statusWords = (s: OutcomeStatus): string => t(STATUS_KEYS[s]);

/** Caps first, then the history signs: what most changes the verdict. */
const WHY_CODES = new Set(['capped', 'repost', 'ghost-open-long', 'client-away']);

function outcomeControls(advice: Advice, outcome: OutcomeRecord | null): ViewElement {
  const initial = outcome?.connects ?? (advice.cost.assumed ? null : advice.cost.connects);
  return h(
    'div',
    { class: 'gl-outcome', role: 'group', 'aria-label': t('panel_outcome_group') },
    h('span', { class: 'muted' }, t('panel_outcome_prompt')),
    ...OUTCOME_STATUSES.map((status) =>
      h('button', { type: 'button', 'data-status': status, 'aria-pressed': outcome?.status === status ? 'true' : 'false' }, statusWords(status)),
    ),
    h(
      'label',
      null,
      ` ${t('panel_connects_spent')} `,
      h('input', { type: 'number', name: 'connects', min: 0, max: 999, inputmode: 'numeric', value: initial === null ? '' : String(initial) }),
    ),
    outcome && h('button', { type: 'button', class: 'gl-clear', 'data-action': 'outcome-clear' }, t('panel_clear')),
  );
}

export function connectsSection(advice: Advice, outcome: OutcomeRecord | null): ViewElement {
  const why = advice.reasons.filter((r) => WHY_CODES.has(r.code));
  const { cost } = advice;
  return h(
    'section',
    { class: 'gl-connects', 'aria-label': t('panel_connects_label'), 'data-verdict': advice.verdict },
    h(
      'p',
      { class: 'gl-verdict-line' },
      h('strong', { class: `gl-verdict gl-${advice.verdict}` }, verdictWords(advice.verdict)),
      ' ',
      h('span', { 'data-cost': '' }, t('panel_cost', { count: cost.connects, usd: usd(cost.usd) }), cost.assumed && h('span', { class: 'muted' }, ` ${t('panel_cost_assumed')}`)),
      h('span', { class: 'muted' }, ` · ${t('panel_expected', { usd: usd(advice.estimate.evUsd), ratio: advice.estimate.ratio.toFixed(0) })}`),
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
        t('panel_marked', { status: statusWords(outcome.status).toLocaleLowerCase(currentLocale()), day: formatDate(outcome.updatedAt) }),
      ),
  );
}
