// This week at a glance: listings seen per site, their risk mix, and the categories seen
// most, each with its market direction and a sparkline of the user's own weeks.
import type { WeekGlance as Glance } from '@/lib/insights/glance';
import { formatNumber, t } from '@/lib/i18n';
import { RiskMixBar } from '../charts/RiskMixBar';
import { Sparkline } from '../charts/Sparkline';
import { TrendArrow } from '../shared/TrendArrow';
import { marketTrendOf } from '../shared/market-trend';

export function WeekGlance({ glance }: { glance: Glance }) {
  const weeks = glance.topCategories[0]?.weekly.length ?? 0;
  return (
    <section aria-labelledby="glance-title" data-section="glance">
      <h2 id="glance-title">{t('glance_title')} <span class="muted">(<bdi>{glance.week.key}</bdi>)</span></h2>
      <p class="row" data-giglens-week>
        <span><span class="stat" data-week-site="upwork">{formatNumber(glance.perSite.upwork)}</span> {t('glance_upwork_jobs', { count: glance.perSite.upwork })}</span>
        <span><span class="stat" data-week-site="fiverr">{formatNumber(glance.perSite.fiverr)}</span> {t('glance_fiverr_gigs', { count: glance.perSite.fiverr })}</span>
      </p>
      {(glance.filtered.faded + glance.filtered.folded > 0 || glance.filteredWeekly.some((s) => s)) && (
        <p class="row" data-week-filtered={glance.filtered.faded + glance.filtered.folded}>
          <span>{t('glance_filtered', { count: glance.filtered.faded + glance.filtered.folded, total: glance.total, folded: glance.filtered.folded })}</span>
          <Sparkline values={glance.filteredWeekly.map((s) => Math.round((s ?? 0) * 100))} />
          <span class="visually-hidden">
            {t('glance_filtered_weeks', { shares: glance.filteredWeekly.map((s) => (s === null ? '–' : `${formatNumber(Math.round(s * 100))}%`)).join(t('list_separator')) })}
          </span>
        </p>
      )}
      <h3>{t('glance_ai_risk')}</h3>
      <RiskMixBar mix={glance.mix} />
      {glance.topCategories.length > 0 && (
        <>
          <h3>{t('glance_top_categories')}</h3>
          <table class="top-categories">
            <thead>
              <tr>
                <th scope="col">{t('col_category')}</th>
                <th scope="col" class="num">{t('glance_col_this_week')}</th>
                <th scope="col">{t('glance_col_last_weeks', { count: weeks })}</th>
              </tr>
            </thead>
            <tbody>
              {glance.topCategories.map((c) => (
                <tr key={c.category} data-category={c.category}>
                  <th scope="row">
                    <bdi>{c.category}</bdi> <TrendArrow trend={marketTrendOf(c.category)} />
                  </th>
                  <td class="num">{formatNumber(c.count)}</td>
                  <td>
                    <Sparkline values={c.weekly} />
                    <span class="visually-hidden">{t('glance_sparkline', { counts: c.weekly.map((n) => formatNumber(n)).join(t('list_separator')) })}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
