// A pivot plan (lib/fit/pivot-plan.ts) in words: each of the profile's categories with its
// risk, trends and reach, then the categories the evidence says their demand moves to, in the
// plan's own order (the most reachable first), each with its cited growth figure, its trends,
// what share of its listings the profile fits and which skills would open most of it.
import { formatNumber, t } from '@/lib/i18n';
import { moveFigure } from '@/lib/i18n/data-words';
import type { MyCategoryPlan, PivotPlan, TargetPlan } from '@/lib/fit/pivot-plan';
import { CATEGORY_BY_ID } from '@/lib/taxonomy/categories';
import { BASELINE_SOURCES } from '@/lib/trends/baseline-data';
import type { HomeCurrency } from '@/lib/trends/trend-words';
import { Cites, SourceList } from './Cites';
import { Outlook } from './Outlook';
import { ReachBlock, type PlanOrigin } from './Reach';

const nameOf = (id: string) => CATEGORY_BY_ID.get(id)?.name ?? id;
const names = (ids: readonly string[]) =>
  ids.map((id, i) => (
    <span key={id}>
      {i > 0 && t('list_separator')}
      <bdi>{nameOf(id)}</bdi>
    </span>
  ));

interface Props {
  plan: PivotPlan;
  origin: PlanOrigin;
  home: HomeCurrency;
  /** Where the user sets their profile (own history only); the coach types it above. */
  onSetProfile?: () => void;
}

function Heading({ id, rank }: { id: string; rank?: number }) {
  const def = CATEGORY_BY_ID.get(id);
  return (
    <h4>
      {rank !== undefined && `${formatNumber(rank)}. `}
      <bdi>{nameOf(id)}</bdi>
      {def && <span class="muted"> (<bdi>{def.upwork}</bdi>)</span>}
    </h4>
  );
}

function MyCategory({ c, origin, home }: { c: MyCategoryPlan; origin: PlanOrigin; home: HomeCurrency }) {
  const name = nameOf(c.categoryId);
  return (
    <li class="card" data-plan-mine={c.categoryId}>
      <Heading id={c.categoryId} />
      <Outlook outlook={c} name={name} home={home} />
      <ReachBlock reach={c.reach} name={name} origin={origin} learn={false} />
      {c.movesTo.length > 0 && <p class="muted" data-plan-moves-to>{t('plan_moves_to')} {names(c.movesTo)}</p>}
    </li>
  );
}

function Target({ c, rank, origin, home }: { c: TargetPlan; rank: number; origin: PlanOrigin; home: HomeCurrency }) {
  const name = nameOf(c.categoryId);
  return (
    <li class="card" data-plan-target={c.categoryId} data-rank={rank}>
      <Heading id={c.categoryId} rank={rank} />
      <p class="muted" data-plan-from>{t('plan_from')} {names(c.from)}</p>
      <p data-plan-move>
        {t('plan_move', { figure: moveFigure(c.move) })}
        <Cites sources={c.move.sources} />
      </p>
      <ReachBlock reach={c.reach} name={name} origin={origin} />
      <Outlook outlook={c} name={name} home={home} />
    </li>
  );
}

/** Every bibliography number the plan cites, once, in order. */
export function citedSources(plan: PivotPlan): number[] {
  const all = [...plan.mine, ...plan.targets].flatMap((c) => [...(c.risk?.sources ?? []), ...('move' in c ? c.move.sources : [])]);
  return [...new Set(all)].sort((a, b) => a - b);
}

function Ask({ text, onSetProfile }: { text: string; onSetProfile?: () => void }) {
  return (
    <div class="notice warning" data-plan-ask>
      <p>{text}</p>
      {onSetProfile && (
        <button type="button" class="primary" onClick={onSetProfile} data-plan-action="set-profile">{t('plan_set_profile')}</button>
      )}
    </div>
  );
}

export function PlanReport({ plan, origin, home, onSetProfile }: Props) {
  const own = origin === 'own';
  if (plan.profileSkills === 0) return <Ask text={t(own ? 'plan_no_skills' : 'plan_coach_no_skills')} onSetProfile={onSetProfile} />;
  if (plan.mine.length === 0) {
    return (
      <>
        <Ask text={t(own ? 'plan_no_categories' : 'plan_coach_no_categories')} onSetProfile={onSetProfile} />
        {plan.unknownCategories.length > 0 && <p class="muted">{t('plan_unknown_categories', { ids: plan.unknownCategories.join(t('list_separator')) })}</p>}
      </>
    );
  }
  const samples = Object.values(BASELINE_SOURCES);
  return (
    <div data-plan-report={origin}>
      <h3>{t(own ? 'plan_mine_title' : 'plan_coach_mine_title')}</h3>
      {plan.unknownCategories.length > 0 && <p class="muted">{t('plan_unknown_categories', { ids: plan.unknownCategories.join(t('list_separator')) })}</p>}
      <ul class="plan-cards">
        {plan.mine.map((c) => <MyCategory key={c.categoryId} c={c} origin={origin} home={home} />)}
      </ul>
      <h3>{t('plan_targets_title')}</h3>
      {plan.targets.length === 0 ? (
        <p class="muted" data-plan-targets="none">{t('plan_targets_none')}</p>
      ) : (
        <>
          <p class="muted">{t('plan_targets_intro')}</p>
          <ol class="plan-cards">
            {plan.targets.map((c, i) => <Target key={c.categoryId} c={c} rank={i + 1} origin={origin} home={home} />)}
          </ol>
        </>
      )}
      <p class="muted">{t('plan_caveat')}</p>
      <SourceList sources={citedSources(plan)} />
      <p class="muted src" data-plan-baseline-sources>
        {t('trend_sources')}{' '}
        {samples.map((s, i) => (
          <span key={s.url}>
            {i > 0 && '; '}
            <a href={s.url} target="_blank" rel="noreferrer noopener" lang="en" dir="ltr">{s.name}</a>
          </span>
        ))}
        .
      </p>
    </div>
  );
}
