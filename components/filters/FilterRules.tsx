// The filter rules of one site: each on or off, its threshold, and fade or fold. Shared by the
// dashboard's settings and the popup; every change is saved through the validated settings
// store and reaches the open tabs at once (they re-filter on the settings change).
import type { Platform } from '@/lib/model/listing';
import { siteRules, type FilterRule } from '@/lib/filters/filter-schema';
import { CATEGORIES } from '@/lib/taxonomy/categories';
import type { Settings } from '@/lib/settings/settings-schema';
import type { SettingsState } from '../shared/use-settings';
import { verdictWords } from '@/lib/connects/format';
import { t } from '@/lib/i18n';
import { riskLevelName } from '../format/risk-words';

/** Each rule's name in the settings (catalogue keys). */
const RULE_KEYS: Record<FilterRule['kind'], string> = {
  risk: 'filters_rule_risk',
  'verdict-skip': 'filters_rule_verdict_skip',
  'client-quality': 'filters_rule_client_quality',
  'payment-unverified': 'filters_rule_payment_unverified',
  'hourly-below': 'filters_rule_hourly_below',
  'budget-below': 'filters_rule_budget_below',
  proposals: 'filters_rule_proposals',
  categories: 'filters_rule_categories',
  keywords: 'filters_rule_keywords',
  'seller-level': 'filters_rule_seller_level',
  'rating-below': 'filters_rule_rating_below',
};
const ruleName = (kind: FilterRule['kind']) => t(RULE_KEYS[kind], { verdict: verdictWords('skip') });
const RISK_LEVELS = ['medium', 'high', 'very-high'] as const;
const SELLER_LEVELS = { 'level-1': 'filters_seller_level_1', 'level-2': 'filters_seller_level_2', 'top-rated': 'filters_seller_top_rated' } as const;

const SITE_NAMES: Record<Platform, string> = { upwork: 'Upwork', fiverr: 'Fiverr' };
type Change = (patch: Partial<FilterRule>) => void;

function Threshold({ rule, change, currency }: { rule: FilterRule; change: Change; currency: string }) {
  const id = `filter-${rule.kind}-value`;
  const num = (min: number, max: number, step: number, value: number, key: string) => (
    <input id={id} type="number" class="narrow" min={min} max={max} step={step} value={value} aria-label={ruleName(rule.kind)}
      onChange={(e) => { const n = Number(e.currentTarget.value); if (e.currentTarget.validity.valid && e.currentTarget.value !== '') change({ [key]: n } as Partial<FilterRule>); }} />
  );
  switch (rule.kind) {
    case 'risk':
      return (
        <select id={id} value={rule.level} aria-label={ruleName('risk')} onChange={(e) => change({ level: e.currentTarget.value as never })}>
          {RISK_LEVELS.map((v) => <option key={v} value={v}>{riskLevelName(v)}</option>)}
        </select>
      );
    case 'client-quality':
      return num(1, 100, 1, rule.below, 'below');
    case 'hourly-below':
    case 'budget-below':
      return <>{num(0, 1e7 - 1, 1, rule.amount, 'amount')} <span class="muted">{currency}</span></>;
    case 'proposals':
      return (
        <select id={id} value={rule.atLeast} aria-label={ruleName('proposals')} onChange={(e) => change({ atLeast: Number(e.currentTarget.value) })}>
          {[5, 10, 15, 20, 50].map((n) => <option key={n} value={n}>{n}+</option>)}
        </select>
      );
    case 'categories':
      return (
        <select id={id} multiple size={4} aria-label={ruleName('categories')}
          onChange={(e) => change({ ids: [...e.currentTarget.selectedOptions].map((o) => o.value) })}>
          {CATEGORIES.map((c) => <option key={c.id} value={c.id} selected={rule.ids.includes(c.id)}>{c.name}</option>)}
        </select>
      );
    case 'keywords':
      return (
        <input id={id} type="text" dir="auto" value={rule.words.join(', ')} aria-label={ruleName('keywords')}
          onChange={(e) => change({ words: e.currentTarget.value.split(',').map((w) => w.trim()).filter(Boolean).slice(0, 200).map((w) => w.slice(0, 80)) })} />
      );
    case 'seller-level':
      return (
        <select id={id} value={rule.below} aria-label={ruleName('seller-level')} onChange={(e) => change({ below: e.currentTarget.value as never })}>
          {Object.entries(SELLER_LEVELS).map(([v, key]) => <option key={v} value={v}>{t(key)}</option>)}
        </select>
      );
    case 'rating-below':
      return num(0, 5, 0.1, rule.below, 'below');
    default:
      return null;
  }
}

export function FilterRules({ settings, save, platform }: { settings: Settings; save: SettingsState['save']; platform: Platform }) {
  const rules = siteRules(settings.filters, platform);
  const currency = settings.homeCurrency?.code ?? 'USD';
  const update = (kind: FilterRule['kind'], patch: Partial<FilterRule>) =>
    void save((current) => ({
      filters: { ...current.filters, [platform]: siteRules(current.filters, platform).map((r) => (r.kind === kind ? ({ ...r, ...patch } as FilterRule) : r)) },
    }));
  return (
    <fieldset class="filters" data-filters={platform}>
      <legend>{t('filters_legend', { site: SITE_NAMES[platform] })}</legend>
      <p class="muted">{t('filters_help')}</p>
      <ul class="filter-rules">
        {rules.map((rule) => (
          <li key={rule.kind} class="filter-rule" data-filter-kind={rule.kind}>
            <label class="switch">
              <input type="checkbox" checked={rule.on} data-filter-on={rule.kind} onChange={(e) => update(rule.kind, { on: e.currentTarget.checked })} />
              {ruleName(rule.kind)}
            </label>{' '}
            <Threshold rule={rule} currency={currency} change={(patch) => update(rule.kind, patch)} />{' '}
            <select value={rule.action} aria-label={t('filters_action', { rule: ruleName(rule.kind) })} data-filter-action={rule.kind}
              onChange={(e) => update(rule.kind, { action: e.currentTarget.value as FilterRule['action'] })}>
              <option value="fade">{t('filters_fade')}</option>
              <option value="fold">{t('filters_fold')}</option>
            </select>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** The master switch, shared by both sites. */
export function FiltersSwitch({ settings, save }: { settings: Settings; save: SettingsState['save'] }) {
  return (
    <label class="switch">
      <input type="checkbox" data-switch="filters" checked={settings.filters.enabled}
        onChange={(e) => { const enabled = e.currentTarget.checked; void save((c) => ({ filters: { ...c.filters, enabled } })); }} />
      {t('filters_master')}
    </label>
  );
}
