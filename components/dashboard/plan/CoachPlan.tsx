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
import { downloadBlob } from '../../charts/svg-export';
import { isoDay } from '@/lib/insights/time';
import { reportHtml } from '../report';
import { sourceName } from '../sources';

/** The offline HTML report of the dataset with this typed-in profile: what the class sees,
 *  printable from any browser (the report runs no script). */
async function printPlan(name: string, rows: StoredListing[], profile: { skills: string[]; categories: string[] }, now: number): Promise<void> {
  const source = { kind: 'dataset' as const, name };
  const html = await reportHtml({
    title: t('plan_coach_report_title', { name }),
    sourceName: sourceName(source),
    source,
    profile: { ...profile, rate: null },
    anonymise: true,
    listings: rows,
    rows,
    compare: null,
    now,
  });
  downloadBlob(new Blob([html], { type: 'text/html;charset=utf-8' }), `giglens-plan-${isoDay(now)}.html`);
}

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
  const [printed, setPrinted] = useState<string | null>(null);
  const print = () => {
    if (rows.status !== 'ready') return;
    printPlan(name, rows.value, { skills, categories }, now ?? Date.now()).then(
      () => setPrinted(t('plan_coach_print_status')),
      (e: unknown) => setPrinted(t('plan_coach_print_failed', { error: String(e) })),
    );
  };
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
      {plan && (
        <p class="row">
          <button type="button" onClick={print} data-plan-action="print">{t('plan_coach_print')}</button>
          <span aria-live="polite" class="muted" data-plan-printed>{printed}</span>
        </p>
      )}
    </div>
  );
}
