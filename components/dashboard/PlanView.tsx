// The pivot plan section (issue 17): where the user's work stands and which growing work is
// within reach, from their own history and the profile in the settings; or, for a coach, from
// an imported dataset and a profile typed in on the spot.
import { t } from '@/lib/i18n';
import { useState } from 'preact/hooks';
import { useAsync } from '../shared/use-async';
import { useSettings } from '../shared/use-settings';
import { CoachPlan } from './plan/CoachPlan';
import { PlanReport } from './plan/PlanReport';
import { loadOwnPlan } from '@/lib/insights/pivot-source';
import { loadDatasetList } from './SourcePicker';
import { sourceFromKey, sourceKey, OWN, type Source } from './sources';
import type { Settings } from '@/lib/settings/settings-schema';

function OwnPlan({ settings, now, onSetProfile }: { settings: Settings; now?: number; onSetProfile: () => void }) {
  const profile = settings.profile;
  // The dashboard passes a fresh `now` on every render; the plan's windows are whole weeks, so
  // it reloads when the profile changes or the hour turns, not on every render.
  const hour = now === undefined ? undefined : Math.floor(now / 3_600_000);
  const plan = useAsync(() => loadOwnPlan(profile, now), [JSON.stringify(profile), hour]);
  if (plan.status === 'loading') return <p class="muted">{t('common_loading')}</p>;
  if (plan.status === 'error') return <p role="alert">{t('plan_read_error', { error: plan.error })}</p>;
  return <PlanReport plan={plan.value} origin="own" home={settings.homeCurrency} onSetProfile={onSetProfile} />;
}

export function PlanView({ now, initial = OWN, version = 0, onSetProfile }: {
  now?: number;
  /** The dashboard's source when the section opens. */
  initial?: Source;
  version?: number;
  onSetProfile: () => void;
}) {
  const { settings, error } = useSettings();
  const [source, setSource] = useState<Source>(initial);
  const datasets = useAsync(loadDatasetList, [version]);
  const list = datasets.status === 'ready' ? datasets.value : [];
  return (
    <section aria-labelledby="plan-title" data-section="plan">
      <h2 id="plan-title">{t('plan_title')}</h2>
      <p>{t('plan_intro')}</p>
      <label class="row">
        {t('plan_source_label')}
        <select value={sourceKey(source)} onChange={(e) => setSource(sourceFromKey(e.currentTarget.value))} data-plan-source>
          <option value="own">{t('plan_source_own')}</option>
          {list.map((d) => (
            <option key={d.name} value={`dataset:${d.name}`}>{t('plan_source_dataset', { name: d.name, count: d.count })}</option>
          ))}
        </select>
      </label>
      {error && <p role="alert">{error}</p>}
      {!settings ? (
        <p class="muted">{t('common_loading')}</p>
      ) : source.kind === 'own' ? (
        <OwnPlan settings={settings} now={now} onSetProfile={onSetProfile} />
      ) : (
        <CoachPlan key={source.name} name={source.name} home={settings.homeCurrency} />
      )}
    </section>
  );
}
