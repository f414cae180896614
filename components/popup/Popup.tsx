// The popup: what the user saw this week, what they saved, where to go from here (the pivot
// plan's card), whether both sites still read fine, and the quick switches. Everything comes from IndexedDB; nothing is fetched.
import { formatNumber, t } from '@/lib/i18n';
import type { HomeCurrency } from '@/lib/insights/format';
import { loadPopupData, type PopupData } from '@/lib/insights/own-history';
import { popupView } from '@/lib/insights/popup-view';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-schema';
import { Ledger } from '../connects/Ledger';
import { LanguagePicker } from '../shared/LanguagePicker';
import { HealthNotices } from '../shared/HealthNotices';
import { SiteSwitches } from '../shared/SiteSwitches';
import { StorageNotices } from '../shared/StorageNotices';
import { useAsync } from '../shared/use-async';
import { useSettings } from '../shared/use-settings';
import { BestBets } from './BestBets';
import { ConnectsValue } from './ConnectsValue';
import { SavedListings } from './SavedListings';
import { WeekGlance } from './WeekGlance';
import { PopupFilters } from './PopupFilters';
import { PlanCard } from './PlanCard';
import type { Profile } from '@/lib/fit/profile-schema';
import { compileProfile, fitOf } from '@/lib/fit/fit';
import { useMemo } from 'preact/hooks';
import './popup.css';

export function Popup({ now = Date.now() }: { now?: number }) {
  const state = useAsync(() => loadPopupData(now));
  const settings = useSettings();
  const home = settings.settings?.homeCurrency ?? null;
  return (
    <main class="popup">
      <header class="row popup-head">
        <h1>{t('ext_name')}</h1>
        <a class="to-dashboard" href={browser.runtime.getURL('/dashboard.html')} target="_blank" rel="noopener">
          {t('popup_open_dashboard')}
        </a>
      </header>
      {state.status === 'loading' && <p class="muted">{t('common_loading')}</p>}
      {state.status === 'error' && <p role="alert">{t('popup_history_error', { error: state.error })}</p>}
      {state.status === 'ready' && (
        <PopupBody
          data={state.value}
          now={now}
          home={home}
          connectsPrice={settings.settings?.connectsPriceUsd ?? DEFAULT_SETTINGS.connectsPriceUsd}
          profile={settings.settings?.profile ?? null}
        />
      )}
      <PopupFilters state={settings} />
      <section aria-labelledby="switches-title">
        <h2 id="switches-title">{t('popup_switches_title')}</h2>
        <SiteSwitches state={settings} />
        <LanguagePicker state={settings} />
      </section>
    </main>
  );
}

function PopupBody({ data, now, home, connectsPrice, profile }: { data: PopupData; now: number; home: HomeCurrency; connectsPrice: number; profile: Profile | null }) {
  // The pills' verdicts weigh the fit (lib/connects/model.ts); the ranking here weighs it too.
  const compiled = useMemo(() => (profile ? compileProfile(profile) : null), [profile]);
  const view = popupView(data, now, connectsPrice, compiled ? (l) => fitOf(l.skills, compiled) : undefined);
  return (
    <>
      <StorageNotices notices={data.storage} />
      <HealthNotices records={data.health} />
      <WeekGlance glance={view.glance} />
      <BestBets bets={view.bets} home={home} />
      <ConnectsValue bets={view.connects} />
      {/* Only once the history is read: the plan's own read never delays the first paint. */}
      {profile && <PlanCard profile={profile} now={now} />}
      <SavedListings saved={data.saved} home={home} />
      <Ledger now={now} maxRows={3} />
      <p class="muted" data-giglens-counts>
        {t('popup_counts_intro')} Upwork <strong data-platform="upwork">{formatNumber(data.counts.upwork)}</strong> · Fiverr{' '}
        <strong data-platform="fiverr">{formatNumber(data.counts.fiverr)}</strong>
      </p>
    </>
  );
}
