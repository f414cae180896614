// Coach mode: the plan for an imported dataset (a class's exports) and a profile typed in on
// the spot, for showing a student their path in front of the class. The typed profile is
// never saved to the settings; the dataset stays apart from the user's history.
import { t } from '@/lib/i18n';
import { useMemo, useState } from 'preact/hooks';
import type { StoredListing } from '@/lib/db/schema';
import { datasetListings, openDatasets } from '@/lib/insights/datasets-db';
import type { HomeCurrency } from '@/lib/trends/trend-words';
import { useAsync } from '../../shared/use-async';
import { datasetPlan } from '@/lib/insights/pivot-source';
import { CategoriesField } from '../profile/CategoriesField';
import { SkillsField } from '../profile/SkillsField';
import { PlanReport } from './PlanReport';

async function rowsOf(name: string): Promise<StoredListing[]> {
  const db = await openDatasets();
  try {
    return await datasetListings(db, name);
  } finally {
    db.close();
  }
}

export function CoachPlan({ name, home, now }: { name: string; home: HomeCurrency; now?: number }) {
  const rows = useAsync(() => rowsOf(name), [name]);
  const [skills, setSkills] = useState<string[]>([]);
  const [categories, setCategories] = useState<string[]>([]);
  const plan = useMemo(
    () => (rows.status === 'ready' ? datasetPlan(rows.value, { skills, categories, rate: null }, now) : null),
    [rows, skills, categories, now],
  );
  return (
    <div data-plan-coach={name}>
      <p class="muted">{t('plan_coach_intro', { name })}</p>
      {rows.status === 'loading' && <p class="muted">{t('common_loading')}</p>}
      {rows.status === 'error' && <p role="alert">{t('plan_read_error', { error: rows.error })}</p>}
      {rows.status === 'ready' && <p class="muted" data-plan-coach-rows>{t('plan_coach_rows', { count: rows.value.length, name })}</p>}
      <div class="card stack" role="group" aria-label={t('plan_coach_profile')}>
        <p><strong>{t('plan_coach_profile')}</strong> <span class="muted">{t('plan_coach_not_saved')}</span></p>
        <SkillsField id="coach" skills={skills} onChange={setSkills} />
        <CategoriesField id="coach" categories={categories} onChange={setCategories} />
      </div>
      {plan && <PlanReport plan={plan} origin="dataset" home={home} />}
    </div>
  );
}
