// The user's profile in the settings: the skills they offer, their categories and usual
// hourly rate, for fit on each listing and the pivot plan (lib/fit). Edited as a draft and
// saved through the settings store, validated by the profile's schema. "Start from my
// history" fills the draft from what the user applied to, starred or opened, for them to
// correct; GigLens never reads their Upwork or Fiverr profile.
import { formatNumber, t } from '@/lib/i18n';
import { zodWords } from '@/lib/i18n/zod-words';
import { useEffect, useState } from 'preact/hooks';
import { ProfileSchema, type Profile } from '@/lib/fit/profile-schema';
import type { StartingProfile } from '@/lib/fit/starting-profile';
import type { Settings } from '@/lib/settings/settings-schema';
import type { SettingsState } from '../shared/use-settings';
import { CategoriesField } from './profile/CategoriesField';
import { SkillsField } from './profile/SkillsField';
import { StartingNotice } from './profile/StartingNotice';

interface Draft {
  skills: string[];
  categories: string[];
  hourly: string;
  currency: string;
}

const draftOf = (p: Profile): Draft => ({
  skills: [...p.skills],
  categories: [...p.categories],
  hourly: p.rate ? String(p.rate.hourly) : '',
  currency: p.rate?.currency ?? '',
});

/** The draft as a profile, or the problems that keep it from being saved. */
export function profileOfDraft(d: Draft): { ok: true; profile: Profile } | { ok: false; problems: string[] } {
  const noRate = d.hourly.trim() === '' && d.currency.trim() === '';
  const candidate = {
    skills: d.skills,
    categories: d.categories,
    rate: noRate ? null : { hourly: d.hourly.trim() === '' ? Number.NaN : Number(d.hourly), currency: d.currency.trim() },
  };
  const parsed = ProfileSchema.safeParse(candidate, { error: zodWords });
  if (parsed.success) return { ok: true, profile: parsed.data };
  const field = (path: readonly PropertyKey[]) =>
    path[1] === 'hourly' ? t('profile_rate') : path[1] === 'currency' ? t('profile_currency') : path[0] === 'skills' ? t('profile_skills') : t('profile_categories');
  return { ok: false, problems: parsed.error.issues.map((i) => t('profile_problem', { field: field(i.path), problem: i.message })) };
}

type Start = { status: 'idle' } | { status: 'loading' } | { status: 'error'; error: string } | { status: 'done'; start: StartingProfile };

export function ProfileSettings({ settings, save, loadStart }: {
  settings: Settings;
  save: SettingsState['save'];
  /** The suggestion from the user's history (lib/insights/pivot-source.ts loadStartingProfile). */
  loadStart: () => Promise<StartingProfile>;
}) {
  const stored = settings.profile;
  const [draft, setDraft] = useState<Draft>(() => draftOf(stored));
  const [dirty, setDirty] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const [start, setStart] = useState<Start>({ status: 'idle' });
  // A profile saved elsewhere (another tab, an imported settings file) shows unless the
  // user is in the middle of editing.
  const storedKey = JSON.stringify(stored);
  useEffect(() => {
    if (!dirty) setDraft(draftOf(stored));
  }, [storedKey]);

  const edit = (change: Partial<Draft>) => {
    setDraft({ ...draft, ...change });
    setDirty(true);
    setSaved(false);
  };
  const submit = (e: Event) => {
    e.preventDefault();
    const result = profileOfDraft(draft);
    if (!result.ok) return setProblems(result.problems);
    setProblems([]);
    void save({ profile: result.profile }).then(() => {
      setDirty(false);
      setSaved(true);
    });
  };
  const suggest = async () => {
    setStart({ status: 'loading' });
    try {
      const s = await loadStart();
      setStart({ status: 'done', start: s });
      const p = s.profile;
      if (p.skills.length === 0 && p.categories.length === 0 && !p.rate) return;
      edit({
        skills: p.skills.length > 0 ? [...p.skills] : draft.skills,
        categories: p.categories.length > 0 ? [...p.categories] : draft.categories,
        ...(p.rate ? { hourly: String(p.rate.hourly), currency: p.rate.currency } : {}),
      });
    } catch (err) {
      setStart({ status: 'error', error: String(err) });
    }
  };

  return (
    <section aria-labelledby="profile-title" data-profile-settings>
      <h3 id="profile-title">{t('profile_title')}</h3>
      <p class="muted">{t('profile_intro')}</p>
      <div class="row">
        <button type="button" onClick={() => void suggest()} disabled={start.status === 'loading'} data-profile-action="start">
          {t('profile_start')}
        </button>
        {start.status === 'loading' && <span class="muted" role="status">{t('common_loading')}</span>}
      </div>
      {start.status === 'error' && <p role="alert" class="notice problem">{t('profile_start_error', { error: start.error })}</p>}
      {start.status === 'done' && <StartingNotice start={start.start} />}
      <form class="card stack" onSubmit={submit} aria-labelledby="profile-title" data-profile-form>
        <SkillsField id="profile" skills={draft.skills} onChange={(skills) => edit({ skills })} />
        <CategoriesField id="profile" categories={draft.categories} onChange={(categories) => edit({ categories })} />
        <fieldset class="profile-field row" data-profile-field="rate">
          <legend>{t('profile_rate_legend')}</legend>
          <label>
            {t('profile_rate')}
            <input type="number" min="0" step="any" class="narrow" value={draft.hourly} data-profile-input="hourly"
              onInput={(e) => edit({ hourly: e.currentTarget.value })} />
          </label>
          <label>
            {t('profile_currency')}
            <input type="text" class="narrow" maxLength={3} value={draft.currency} placeholder={t('settings_currency_code_example')}
              data-profile-input="currency" onInput={(e) => edit({ currency: e.currentTarget.value.toUpperCase() })} />
          </label>
          <span class="muted">{t('profile_rate_help')}</span>
        </fieldset>
        <div class="row">
          <button type="submit" class="primary" data-profile-action="save">{t('profile_save')}</button>
          {dirty && <span class="muted" data-profile-unsaved>{t('profile_unsaved')}</span>}
          {saved && !dirty && (
            <span role="status" class="muted" data-profile-saved>
              {t('profile_saved', { skills: formatNumber(stored.skills.length), categories: formatNumber(stored.categories.length) })}
            </span>
          )}
        </div>
        {problems.length > 0 && (
          <div role="alert" class="notice problem" data-profile-problems="save">
            <p>{t('profile_not_saved')}</p>
            <ul>{problems.map((p) => <li key={p}>{p}</li>)}</ul>
          </div>
        )}
      </form>
    </section>
  );
}
