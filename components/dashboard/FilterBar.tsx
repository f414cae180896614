// The listing table's filters: site, category, risk band, pay, dates seen, saved, and a
// text search. Every control has a visible label; the result count is announced.
import { isoDay } from '@/lib/insights/time';
import { t } from '@/lib/i18n';
import type { ListingFilter } from '@/lib/insights/filter';
import type { UpworkTopCategory } from '@/lib/model/label';
import { RISK_ATTRS } from '@/lib/insights/risk-mix';
import { NO_FILTER } from '@/lib/insights/filter';
import { riskLevelName } from '../format/risk-words';

interface Props {
  filter: ListingFilter;
  onFilter: (f: ListingFilter) => void;
  categories: UpworkTopCategory[];
}

const day = (ms: number | null) => (ms === null ? '' : isoDay(ms));
const dayStart = (v: string) => (v ? Date.parse(`${v}T00:00:00Z`) : null);
const dayEnd = (v: string) => (v ? Date.parse(`${v}T23:59:59.999Z`) : null);
const amount = (v: string) => (v.trim() === '' || !Number.isFinite(Number(v)) ? null : Number(v));

export function FilterBar({ filter, onFilter, categories }: Props) {
  const set = (patch: Partial<ListingFilter>) => onFilter({ ...filter, ...patch });
  return (
    <form class="filters" role="search" aria-label={t('filter_label')} onSubmit={(e) => e.preventDefault()}>
      <label class="grow">
        {t('filter_search')}
        <input type="search" value={filter.query} placeholder={t('filter_search_placeholder')} data-filter="query"
          onInput={(e) => set({ query: e.currentTarget.value })} />
      </label>
      <label>
        {t('col_site')}
        <select value={filter.platform} data-filter="platform" onChange={(e) => set({ platform: e.currentTarget.value as ListingFilter['platform'] })}>
          <option value="all">{t('filter_both')}</option>
          <option value="upwork">Upwork</option>
          <option value="fiverr">Fiverr</option>
        </select>
      </label>
      <label>
        {t('col_category')}
        <select value={filter.category} data-filter="category" onChange={(e) => set({ category: e.currentTarget.value as ListingFilter['category'] })}>
          <option value="all">{t('filter_all')}</option>
          {categories.map((c) => (
            <option key={c} value={c}>{c}</option>
          ))}
          <option value="none">{t('filter_no_category')}</option>
        </select>
      </label>
      <label>
        {t('glance_ai_risk')}
        <select value={filter.risk} data-filter="risk" onChange={(e) => set({ risk: e.currentTarget.value as ListingFilter['risk'] })}>
          <option value="all">{t('filter_all')}</option>
          {RISK_ATTRS.map((r) => (
            <option key={r} value={r}>{riskLevelName(r)}</option>
          ))}
        </select>
      </label>
      <label>
        {t('col_pay')}
        <select value={filter.payKind} data-filter="payKind" onChange={(e) => set({ payKind: e.currentTarget.value as ListingFilter['payKind'] })}>
          <option value="any">{t('filter_any')}</option>
          <option value="hourly">{t('filter_hourly')}</option>
          <option value="fixed">{t('filter_fixed')}</option>
          <option value="from">{t('filter_from')}</option>
        </select>
      </label>
      <label>
        {t('filter_min')}
        <input type="number" min="0" inputMode="decimal" class="narrow" value={filter.payMin ?? ''} data-filter="payMin"
          onInput={(e) => set({ payMin: amount(e.currentTarget.value) })} />
      </label>
      <label>
        {t('filter_max')}
        <input type="number" min="0" inputMode="decimal" class="narrow" value={filter.payMax ?? ''} data-filter="payMax"
          onInput={(e) => set({ payMax: amount(e.currentTarget.value) })} />
      </label>
      <label>
        {t('filter_seen_from')}
        <input type="date" value={day(filter.from)} data-filter="from" onInput={(e) => set({ from: dayStart(e.currentTarget.value) })} />
      </label>
      <label>
        {t('compare_to')}
        <input type="date" value={day(filter.to)} data-filter="to" onInput={(e) => set({ to: dayEnd(e.currentTarget.value) })} />
      </label>
      <label class="inline">
        <input type="checkbox" checked={filter.savedOnly} data-filter="savedOnly" onChange={(e) => set({ savedOnly: e.currentTarget.checked })} />
        {t('filter_saved_only')}
      </label>
      <button type="button" onClick={() => onFilter(NO_FILTER)}>{t('filter_clear')}</button>
    </form>
  );
}
