// The one formatter of the advisor's findings: every view words a code the same way, in the
// user's language (public/_locales/*/messages.json, keys `finding_*`).
import { formatDate, formatNumber, t } from '../i18n';
import type { ClientMatch, Finding, FindingArgs, FindingCode } from './findings';
import type { Verdict } from './model';

export const usd = (n: number): string => {
  const digits = n >= 1000 ? 0 : 2;
  return formatNumber(n >= 1000 ? Math.round(n) : n, {
    style: 'currency',
    currency: 'USD',
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
};
export const pct = (p: number): string => `${(p * 100).toFixed(p < 0.1 ? 1 : 0)}%`;

/** The names of lib/connects/scam-phrases.ts (English data), lower-cased. */
const PHRASE_KEYS: Record<string, string> = {
  'contact on another app': 'phrase_other_app',
  'a messenger handle': 'phrase_messenger_handle',
  'a messenger link': 'phrase_messenger_link',
  'an e-mail address': 'phrase_email',
  'a phone number': 'phrase_phone',
  'pay outside upwork': 'phrase_pay_outside',
  'free sample': 'phrase_free_sample',
  'unpaid test': 'phrase_unpaid_test',
  'upfront fee': 'phrase_upfront_fee',
  'buy a kit first': 'phrase_buy_kit',
  'crypto payment': 'phrase_crypto',
};
const phraseName = (name: string): string => {
  const key = PHRASE_KEYS[name.toLowerCase()];
  return key ? t(key) : name;
};

const CLIENT_KEYS = {
  rating: 'client_rating',
  reviews: 'client_reviews',
  totalSpent: 'client_spent',
  jobsPosted: 'client_jobs_posted',
  hireRate: 'client_hire_rate',
  hires: 'client_hires',
} as const;
/** A shared client detail of a repost ("rating 4.99", "$26,000 spent", "Canada"). */
function clientMatchWords(m: ClientMatch): string {
  if (m.detail === 'country') return m.value;
  return t(CLIENT_KEYS[m.detail], { count: m.value, usd: usd(m.value) });
}

const VERDICT_KEYS: Record<Verdict, string> = { 'worth-it': 'verdict_worth_it', 'think-twice': 'verdict_think_twice', skip: 'verdict_skip' };
export const verdictWords = (v: Verdict): string => t(VERDICT_KEYS[v]);

const LEVEL_KEYS: Record<string, string> = {
  'very-low': 'level_very_low',
  low: 'level_low',
  medium: 'level_medium',
  high: 'level_high',
  'very-high': 'level_very_high',
};
/** A risk or competition level in running text ("high", "زیادہ"). */
export const levelWords = (level: string): string => (LEVEL_KEYS[level] ? t(LEVEL_KEYS[level]) : level);

/** Why a finding caps the verdict (the catalogue key of its words in `capped`). */
export const CAP_CAUSES: Partial<Record<FindingCode, string>> = {
  'off-platform': 'cap_off_platform',
  'scam-phrase': 'cap_scam_phrase',
  'payment-unverified': 'cap_payment_unverified',
  'hire-rate-low': 'cap_hire_rate_low',
  repost: 'cap_repost',
  'ghost-open-long': 'cap_ghost_open_long',
};

const perHour = (per: 'hour' | 'job') => (per === 'hour' ? t('unit_per_hour') : '');

const WORDS: { [C in FindingCode]: (a: FindingArgs[C]) => string } = {
  'payment-unverified': () => t('finding_payment_unverified'),
  'hire-rate-low': (a) =>
    a.jobs !== null ? t('finding_hire_rate_low_jobs', { rate: a.rate, count: a.jobs }) : t('finding_hire_rate_low', { rate: a.rate }),
  'no-spend': () => t('finding_no_spend'),
  'few-reviews': (a) => (a.reviews === 0 ? t('finding_no_reviews') : t('finding_few_reviews', { count: a.reviews })),
  'poor-rating': (a) =>
    a.reviews !== null
      ? t('finding_poor_rating_reviews', { rating: a.rating.toFixed(2), count: a.reviews })
      : t('finding_poor_rating', { rating: a.rating.toFixed(2) }),
  'many-open-jobs': (a) => t('finding_many_open_jobs', { count: a.open }),
  'budget-below-median': (a) =>
    t('finding_budget_below_median', { amount: `${usd(a.amount)}${perHour(a.per)}`, median: `${usd(a.median)}${perHour(a.per)}` }),
  'off-platform': (a) => t('finding_off_platform', { name: phraseName(a.name), quote: a.quote }),
  'scam-phrase': (a) => t('finding_scam_phrase', { name: phraseName(a.name), quote: a.quote }),
  'many-proposals': (a) =>
    a.max === null ? t('finding_many_proposals_open', { min: a.min }) : t('finding_many_proposals', { min: a.min, max: a.max }),
  'many-interviews': (a) => t('finding_many_interviews', { count: a.interviewing }),
  repost: (a) =>
    t('finding_repost', { matched: a.matched.map(clientMatchWords).join(t('list_separator')), title: a.title, similarity: pct(a.similarity), day: formatDate(a.seenAt) }),
  'ghost-open-long': (a) => t(a.basis === 'posted' ? 'finding_ghost_posted' : 'finding_ghost_seen', { count: a.days }),
  'client-away': (a) => t('finding_client_away', { text: a.text, count: a.days }),
  cost: (a) => t(a.assumed ? 'finding_cost_assumed' : 'finding_cost', { count: a.connects, usd: usd(a.usd) }),
  value: (a) =>
    a.basis === 'fixed'
      ? t('finding_value_fixed', { usd: usd(a.usd) })
      : a.basis === 'hourly'
        ? t('finding_value_hourly', { usd: usd(a.usd), rate: usd(a.rate ?? 0), hours: a.hours ?? 0 })
        : a.basis === 'median'
          ? a.hours !== null
            ? t('finding_value_median_hours', { usd: usd(a.usd), rate: usd(a.rate ?? 0), hours: a.hours })
            : t('finding_value_median', { usd: usd(a.usd) })
          : t('finding_value_assumed', { usd: usd(a.usd) }),
  'p-client': (a) =>
    a.rate === null
      ? t('finding_p_client_unknown', { p: pct(a.p) })
      : t('finding_p_client', { p: pct(a.p), rate: a.rate, count: a.jobs ?? 0 }),
  'p-win': (a) => t('finding_p_win', { p: pct(a.p), rivals: a.rivals.toFixed(0) }),
  'own-rate': (a) => t('finding_own_rate', { category: a.category, hires: a.hires, resolved: a.resolved, p: pct(a.p) }),
  'risk-factor': (a) => t('finding_risk_factor', { level: levelWords(a.level), factor: String(a.factor) }),
  'fit-factor': (a) =>
    t('connects_fit_factor', {
      count: a.total,
      have: formatNumber(a.have),
      total: formatNumber(a.total),
      factor: formatNumber(a.factor, { maximumFractionDigits: 2 }),
    }),
  ev: (a) => t('finding_ev', { usd: usd(a.evUsd), ratio: a.ratio.toFixed(0) }),
  capped: (a) => {
    const cause = CAP_CAUSES[a.by as FindingCode];
    return t('finding_capped', { verdict: verdictWords(a.verdict), cause: cause ? t(cause) : a.by });
  },
  competition: (a) => t('finding_competition', { level: levelWords(a.level), rivals: a.rivals.toFixed(0) }),
};

export function formatFinding(f: Finding): string {
  return (WORDS[f.code] as (a: unknown) => string)(f.args);
}
