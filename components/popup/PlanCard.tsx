// "Where to go from here": the pivot plan (lib/fit/pivot-plan.ts) in a few lines: the user's
// most exposed category, then the one or two moves most within reach, each with the share of
// its listings' skills the user has, the listings that rests on and the skill that opens most
// of it; "too few seen yet" below the threshold; an invitation to set a profile without one.
// The dashboard's plan section has the rest (every figure, trends and sources).
import { formatNumber, t } from '@/lib/i18n';
import { MIN_PLAN_LISTINGS } from '@/lib/fit/category-reach';
import type { MyCategoryPlan, PivotPlan, TargetPlan } from '@/lib/fit/pivot-plan';
import type { Profile } from '@/lib/fit/profile-schema';
import { CATEGORY_BY_ID } from '@/lib/taxonomy/categories';
import { useAsync } from '../shared/use-async';

const LEVEL_KEYS = { 'very-low': 'level_very_low', low: 'level_low', medium: 'level_medium', high: 'level_high', 'very-high': 'level_very_high' } as const;
const nameOf = (id: string) => CATEGORY_BY_ID.get(id)?.name ?? id;
const percent = (share: number) => `${formatNumber(Math.round(share * 100))}%`;

/** Opens a dashboard section in a tab of its own and closes the popup, as a popup link does. */
function openDashboard(section: 'plan' | 'settings') {
  void browser.tabs.create({ url: browser.runtime.getURL(`/dashboard.html#${section}`) });
  window.close();
}

/** The highest starting score among the user's categories (the first on a tie). */
function mostExposed(mine: readonly MyCategoryPlan[]): MyCategoryPlan | null {
  let worst: MyCategoryPlan | null = null;
  for (const c of mine) if (c.risk && (!worst?.risk || c.risk.score > worst.risk.score)) worst = c;
  return worst;
}

/** Up to two moves within reach, in the plan's order; when none is, the nearest to it. */
const shownTargets = (targets: readonly TargetPlan[]): TargetPlan[] => {
  const ok = targets.filter((c) => c.reach.status === 'ok');
  return (ok.length > 0 ? ok : targets).slice(0, 2);
};

function Target({ c }: { c: TargetPlan }) {
  const r = c.reach;
  const learn = r.status === 'ok' ? r.learn[0] : undefined;
  return (
    <li data-plan-card-target={c.categoryId} data-reach={r.status}>
      <strong><bdi>{nameOf(c.categoryId)}</bdi></strong>
      {r.status === 'too-few' ? (
        <div class="muted" data-plan-card-too-few>{t('popup_plan_too_few', { listings: r.listings, needed: MIN_PLAN_LISTINGS })}</div>
      ) : (
        <>
          <div data-plan-card-fit>{t('popup_plan_fit', { fit: percent(r.fit), count: r.listings })}</div>
          <div class="muted" data-plan-card-learn={learn?.key ?? ''}>
            {learn ? (
              <>
                {t('popup_plan_learn')} <bdi>{learn.name}</bdi>{t('list_separator')}{t('popup_plan_learn_share', { share: percent(learn.share), count: learn.listings })}
              </>
            ) : (
              t('popup_plan_learn_none')
            )}
          </div>
        </>
      )}
    </li>
  );
}

function Invite({ text }: { text: string }) {
  return (
    <div class="notice" data-plan-card-ask>
      <p>{text}</p>
      <button type="button" class="primary" onClick={() => openDashboard('settings')} data-plan-card-action="set-profile">
        {t('popup_plan_set_profile')}
      </button>
    </div>
  );
}

/** The card for a computed plan (`null`: the profile names no skill, nothing was computed). */
export function PlanCardView({ plan }: { plan: PivotPlan | null }) {
  let body;
  if (!plan || plan.profileSkills === 0) body = <Invite text={t('popup_plan_no_skills')} />;
  else if (plan.mine.length === 0) body = <Invite text={t('popup_plan_no_categories')} />;
  else {
    const worst = mostExposed(plan.mine);
    const targets = shownTargets(plan.targets);
    body = (
      <>
        {worst?.risk && (
          <p data-plan-card-risk={worst.categoryId} data-level={worst.risk.level}>
            <strong><bdi>{nameOf(worst.categoryId)}</bdi></strong>{' '}
            {t('popup_plan_risk', { level: t(LEVEL_KEYS[worst.risk.level]), score: formatNumber(worst.risk.score) })}
          </p>
        )}
        {targets.length === 0 ? (
          <p class="muted" data-plan-card-targets="none">{t('popup_plan_no_targets')}</p>
        ) : (
          <>
            <h3>{t('popup_plan_targets')}</h3>
            <ol class="plan-card-targets">{targets.map((c) => <Target key={c.categoryId} c={c} />)}</ol>
          </>
        )}
        <button type="button" class="link" onClick={() => openDashboard('plan')} data-plan-card-action="open-plan">
          {t('popup_plan_open')}
        </button>
      </>
    );
  }
  return (
    <section aria-labelledby="plan-card-title" data-section="plan-card" class="plan-card">
      <h2 id="plan-card-title">{t('popup_plan_title')}</h2>
      {body}
    </section>
  );
}

/** Loads the user's own plan after the rest of the popup: the plan's code is a chunk of its
 *  own, fetched only here, and a profile without skills needs no reading at all. */
export function PlanCard({ profile, now }: { profile: Profile; now: number }) {
  const state = useAsync(
    () => (profile.skills.length === 0 ? Promise.resolve(null) : import('@/lib/insights/pivot-source').then((m) => m.loadOwnPlan(profile, now))),
    [JSON.stringify(profile)],
  );
  if (state.status === 'ready') return <PlanCardView plan={state.value} />;
  return (
    <section aria-labelledby="plan-card-title" data-section="plan-card" class="plan-card" aria-busy={state.status === 'loading'}>
      <h2 id="plan-card-title">{t('popup_plan_title')}</h2>
      {state.status === 'loading' ? <p class="muted">{t('common_loading')}</p> : <p role="alert">{t('popup_plan_error', { error: state.error })}</p>}
    </section>
  );
}
