// The pivot plan (lib/fit/pivot-plan.ts) as a printable section of the HTML report: the
// profile it was computed for, its categories (risk, market and own pay trend, fit), then the
// moves most within reach first (cited growth figure, fit, skills to learn with their shares,
// the fit with them) and the bibliography entries cited, by number. Static markup only: every
// name from the profile, a listing or the data is escaped.
import { riskLevelName } from '@/components/format/risk-words';
import { MIN_PLAN_LISTINGS, type Reach } from '../fit/category-reach';
import type { CategoryOutlook } from '../fit/category-outlook';
import type { PivotPlan, TargetPlan } from '../fit/pivot-plan';
import type { Profile } from '../fit/profile-schema';
import { formatDay, formatNumber, t } from '../i18n';
import { moveFigure } from '../i18n/data-words';
import { SOURCE_BY_NUMBER } from '../rules/sources';
import { CATEGORY_BY_ID } from '../taxonomy/categories';
import { BASELINE_SOURCES } from '../trends/baseline-data';
import type { PayMetric } from '../trends/contribution';
import { baselineDirectionWords, baselineShareWords, metricWords, moneyWithHome, type HomeCurrency } from '../trends/trend-words';
import { BEFORE_WEEKS, MIN_LISTINGS, NOW_WEEKS } from '../trends/weeks';
import { escapeHtml as esc } from './html-escape';

export interface ReportPlan {
  plan: PivotPlan;
  /** The profile the plan was computed for: the user's own, or one a coach typed in. */
  profile: Profile;
  origin: 'own' | 'dataset';
  home?: HomeCurrency;
}

const percent = (share: number) => `${formatNumber(Math.round(share * 100))}%`;
const name = (id: string) => `<bdi>${esc(CATEGORY_BY_ID.get(id)?.name ?? id)}</bdi>`;
const names = (ids: readonly string[]) => ids.map(name).join(esc(t('list_separator')));
const cite = (sources: readonly number[]) => (sources.length ? ` <span class="cite" data-cites="${sources.join(',')}">[${sources.join(', ')}]</span>` : '');
const label = (key: string) => `<strong>${esc(t('report_plan_label', { what: t(key) }))}</strong>`;
const day = (iso: string) => formatDay(Date.parse(`${iso}T00:00:00Z`));

function risk(c: CategoryOutlook): string {
  if (!c.risk) return esc(t('report_plan_risk_none'));
  return `${esc(t('report_plan_risk', { level: riskLevelName(c.risk.level), score: formatNumber(c.risk.score) }))}${cite(c.risk.sources)}`;
}

const market = (c: CategoryOutlook) => (c.baseline ? esc(`${baselineShareWords(c.baseline)}${t('list_separator')}${baselineDirectionWords(c.baseline)}`) : '—');

/** The listings' own pay trend; lib/insights/pivot-source.ts adds the metric and currency. */
function ownTrend(c: CategoryOutlook, home: HomeCurrency): string {
  const l = c.local as (CategoryOutlook['local'] & { metric?: PayMetric; currency?: string }) | null;
  if (!l) return esc(t('report_plan_local_none', { needed: MIN_LISTINGS, nowWeeks: NOW_WEEKS, beforeWeeks: BEFORE_WEEKS }));
  const money = (n: number) => moneyWithHome(n, l.currency ?? 'USD', home, l.metric?.startsWith('hourly') ? '/h' : '');
  return esc(
    t('report_plan_local', {
      what: l.metric ? metricWords(l.metric) : t('metric_pay'),
      now: money(l.medianNow),
      nNow: l.nNow,
      nowFrom: day(l.window.now.from),
      nowTo: day(l.window.now.to),
      before: money(l.medianBefore),
      nBefore: l.nBefore,
      beforeFrom: day(l.window.before.from),
      beforeTo: day(l.window.before.to),
      change: `${l.change >= 0 ? '+' : '−'}${formatNumber(Math.abs(Math.round(l.change * 100)))}%`,
    }),
  );
}

const tooFew = (r: Extract<Reach, { status: 'too-few' }>) =>
  `<span data-plan-too-few="${r.listings}">${esc(t('report_plan_too_few', { listings: r.listings, needed: MIN_PLAN_LISTINGS, seen: r.seen }))}</span>`;

function mineTable(plan: PivotPlan, home: HomeCurrency): string {
  const head = ['report_plan_col_category', 'report_plan_col_risk', 'report_plan_col_market', 'report_plan_col_trend', 'report_plan_col_fit'];
  const rows = plan.mine.map((c) => {
    const fit = c.reach.status === 'ok' ? esc(t('report_plan_fit', { fit: percent(c.reach.fit), count: c.reach.listings })) : tooFew(c.reach);
    return `<tr data-plan-mine="${esc(c.categoryId)}"><th scope="row">${name(c.categoryId)}</th><td>${risk(c)}</td><td>${market(c)}</td><td>${ownTrend(c, home)}</td><td>${fit}</td></tr>`;
  });
  return `<table class="plan-mine"><thead><tr>${head.map((k) => `<th scope="col">${esc(t(k))}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function reachBlock(r: Reach): string {
  if (r.status === 'too-few') return `<p>${tooFew(r)}</p>`;
  const fit = `<p data-plan-fit>${esc(t('report_plan_fit_line', { fit: percent(r.fit), count: r.listings, have: r.commonHave, total: r.common.length }))}</p>`;
  if (r.learn.length === 0) return `${fit}<p>${esc(t('report_plan_learn_none'))}</p>`;
  const rows = r.learn.map((f) => `<tr data-plan-learn="${esc(f.key)}"><th scope="row"><bdi>${esc(f.name)}</bdi></th><td class="num">${formatNumber(f.listings)}</td><td class="num">${percent(f.share)}</td></tr>`);
  const head = [t('report_plan_col_listings'), t('report_plan_col_share', { count: r.listings })].map((h) => `<th scope="col" class="num">${esc(h)}</th>`);
  return `${fit}<table class="plan-learn"><caption>${esc(t('report_plan_learn_caption'))}</caption><thead><tr><th scope="col">${esc(t('report_plan_col_skill'))}</th>${head.join('')}</tr></thead><tbody>${rows.join('')}</tbody></table><p data-plan-fit-after>${esc(t('report_plan_fit_after', { fit: percent(r.fitAfter), count: r.listings }))}</p>`;
}

function target(c: TargetPlan, rank: number, home: HomeCurrency): string {
  const upwork = CATEGORY_BY_ID.get(c.categoryId)?.upwork;
  return `<li data-plan-target="${esc(c.categoryId)}"><h4>${formatNumber(rank)}. ${name(c.categoryId)}${upwork ? ` (<bdi>${esc(upwork)}</bdi>)` : ''}</h4>
<p>${esc(t('report_plan_from'))} ${names(c.from)}</p>
<p data-plan-move>${esc(t('report_plan_move', { figure: moveFigure(c.move) }))}${cite(c.move.sources)}</p>
${reachBlock(c.reach)}
<p>${label('report_plan_col_risk')} ${risk(c)}</p><p>${label('report_plan_col_market')} ${market(c)}</p><p>${label('report_plan_col_trend')} ${ownTrend(c, home)}</p></li>`;
}

/** Every bibliography number the plan cites, once, in order. */
export function planSources(plan: PivotPlan): number[] {
  const all = [...plan.mine, ...plan.targets].flatMap((c) => [...(c.risk?.sources ?? []), ...('move' in c ? c.move.sources : [])]);
  return [...new Set(all)].sort((a, b) => a - b);
}

function sourceList(plan: PivotPlan): string {
  const items = planSources(plan).map((n) => {
    const s = SOURCE_BY_NUMBER.get(n);
    const text = s ? `${esc(s.title)} (${esc(s.by)}, ${s.year}). <span dir="ltr">${esc(s.url)}</span>` : esc(t('report_plan_source_n', { n: String(n) }));
    return `<li value="${n}" lang="en" dir="ltr">${text}</li>`;
  });
  const market = Object.values(BASELINE_SOURCES).map((s) => s.name).join('; ');
  return `<h3>${esc(t('report_plan_sources'))}</h3><ol class="plan-sources">${items.join('')}</ol><p class="muted">${esc(t('report_plan_market_sources', { sources: market }))}</p>`;
}

function profileLines({ profile, origin }: ReportPlan): string {
  const skills = profile.skills.map((s) => `<bdi>${esc(s)}</bdi>`).join(esc(t('list_separator')));
  const rate = profile.rate ? `<li>${esc(t('report_plan_profile_rate', { rate: moneyWithHome(profile.rate.hourly, profile.rate.currency, null, '/h') }))}</li>` : '';
  return `<p>${esc(t(origin === 'own' ? 'report_plan_intro_own' : 'report_plan_intro_dataset'))}</p>
<ul data-plan-profile><li>${esc(t('report_plan_profile_skills'))} ${skills || '—'}</li><li>${esc(t('report_plan_profile_categories'))} ${names(profile.categories) || '—'}</li>${rate}</ul>`;
}

export function planSection(input: ReportPlan): string {
  const { plan } = input;
  const home = input.home ?? null;
  const open = `<section class="plan" data-plan-report="${input.origin}"><h2>${esc(t('report_plan_title'))}</h2>${profileLines(input)}`;
  if (plan.profileSkills === 0) return `${open}<p data-plan-ask>${esc(t('report_plan_no_skills'))}</p></section>`;
  const unknown = plan.unknownCategories.length ? `<p class="muted">${esc(t('report_plan_unknown', { ids: plan.unknownCategories.join(t('list_separator')) }))}</p>` : '';
  if (plan.mine.length === 0) return `${open}<p data-plan-ask>${esc(t('report_plan_no_categories'))}</p>${unknown}</section>`;
  const targets = plan.targets.length
    ? `<ol class="plan-targets">${plan.targets.map((c, i) => target(c, i + 1, home)).join('')}</ol>`
    : `<p>${esc(t('report_plan_targets_none'))}</p>`;
  return `${open}<h3>${esc(t('report_plan_mine_title'))}</h3>${unknown}${mineTable(plan, home)}
<h3>${esc(t('report_plan_targets_title'))}</h3>${targets}
<p class="muted">${esc(t('report_plan_caveat'))}</p>${sourceList(plan)}</section>`;
}
