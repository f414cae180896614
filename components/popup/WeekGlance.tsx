// This week at a glance: listings seen per site, their risk mix, and the categories seen
// most, each with its market direction and a sparkline of the user's own weeks.
import type { WeekGlance as Glance } from '@/lib/insights/glance';
import { RiskMixBar } from '../charts/RiskMixBar';
import { Sparkline } from '../charts/Sparkline';
import { TrendArrow } from '../shared/TrendArrow';
import { marketTrendOf } from '../shared/market-trend';

export function WeekGlance({ glance }: { glance: Glance }) {
  const weeks = glance.topCategories[0]?.weekly.length ?? 0;
  return (
    <section aria-labelledby="glance-title" data-section="glance">
      <h2 id="glance-title">This week <span class="muted">({glance.week.key})</span></h2>
      <p class="row" data-giglens-week>
        <span><span class="stat" data-week-site="upwork">{glance.perSite.upwork}</span> Upwork jobs</span>
        <span><span class="stat" data-week-site="fiverr">{glance.perSite.fiverr}</span> Fiverr gigs</span>
      </p>
      <h3>AI risk</h3>
      <RiskMixBar mix={glance.mix} />
      {glance.topCategories.length > 0 && (
        <>
          <h3>Categories seen most</h3>
          <table class="top-categories">
            <thead>
              <tr>
                <th scope="col">Category</th>
                <th scope="col" class="num">This week</th>
                <th scope="col">Last {weeks} weeks</th>
              </tr>
            </thead>
            <tbody>
              {glance.topCategories.map((c) => (
                <tr key={c.category} data-category={c.category}>
                  <th scope="row">
                    {c.category} <TrendArrow trend={marketTrendOf(c.category)} />
                  </th>
                  <td class="num">{c.count}</td>
                  <td>
                    <Sparkline values={c.weekly} />
                    <span class="visually-hidden">{`New per week, oldest first: ${c.weekly.join(', ')}`}</span>
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
