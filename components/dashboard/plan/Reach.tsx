// How far a category is within the user's reach (lib/fit/category-reach.ts): the average
// share of its listings' skills they have, its common skills with how many listings name
// each, and the skills that would open most of it. Every figure names the listings it rests
// on; below the threshold only "too few seen yet" is said.
import { formatNumber, t } from '@/lib/i18n';
import { MIN_PLAN_LISTINGS, type Reach, type SkillFigure } from '@/lib/fit/category-reach';

/** Whole percent, as the plan's figures are read ("41%"). */
export const percent = (share: number): string => `${formatNumber(Math.round(share * 100))}%`;

export type PlanOrigin = 'own' | 'dataset';

export function TooFew({ reach }: { reach: Extract<Reach, { status: 'too-few' }> }) {
  return (
    <p class="notice warning" data-plan-too-few={reach.listings}>
      {t('plan_too_few', { listings: reach.listings, needed: MIN_PLAN_LISTINGS, seen: reach.seen })}
    </p>
  );
}

function CommonSkills({ reach, name }: { reach: Extract<Reach, { status: 'ok' }>; name: string }) {
  return (
    <div class="table-scroll">
      <table class="plan-skills" data-plan-common>
        <caption>{t('plan_common_caption', { have: reach.commonHave, total: reach.common.length, category: name, count: reach.listings })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plan_col_skill')}</th>
            <th scope="col" class="num">{t('plan_col_listings')}</th>
            <th scope="col" class="num">{t('plan_col_share')}</th>
            <th scope="col">{t('plan_col_you')}</th>
          </tr>
        </thead>
        <tbody>
          {reach.common.map((f) => (
            <tr key={f.key} data-plan-skill={f.key} data-have={f.have ? 'yes' : 'no'}>
              <th scope="row"><bdi>{f.name}</bdi></th>
              <td class="num">{formatNumber(f.listings)}</td>
              <td class="num">{percent(f.share)}</td>
              <td>{f.have ? t('plan_have_yes') : t('plan_have_no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Learn({ learn, reach, name, origin }: { learn: SkillFigure[]; reach: Extract<Reach, { status: 'ok' }>; name: string; origin: PlanOrigin }) {
  if (learn.length === 0) return <p data-plan-learn="none">{t('plan_learn_none')}</p>;
  const key = origin === 'own' ? 'plan_learn_line_own' : 'plan_learn_line_dataset';
  return (
    <>
      <p>{t('plan_learn_title')}</p>
      <ul data-plan-learn>
        {learn.map((f) => (
          <li key={f.key} data-plan-learn-skill={f.key}>
            {t(key, { skill: f.name, share: percent(f.share), category: name, listings: f.listings, count: reach.listings })}
          </li>
        ))}
      </ul>
      <p data-plan-fit-after>{t('plan_fit_after', { fit: percent(reach.fitAfter), count: reach.listings })}</p>
    </>
  );
}

export function ReachBlock({ reach, name, origin, learn = true }: { reach: Reach; name: string; origin: PlanOrigin; learn?: boolean }) {
  if (reach.status === 'too-few') return <TooFew reach={reach} />;
  return (
    <>
      <p data-plan-fit={reach.fit}>
        <strong>{t('plan_fit', { fit: percent(reach.fit), count: reach.listings })}</strong>
      </p>
      <CommonSkills reach={reach} name={name} />
      {learn && <Learn learn={reach.learn} reach={reach} name={name} origin={origin} />}
    </>
  );
}
