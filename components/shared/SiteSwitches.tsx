// Annotations on/off per site and dimming of high-risk listings: the popup's quick switches,
// also shown in the dashboard's settings.
import { t } from '@/lib/i18n';
import type { Platform } from '@/lib/model/listing';
import type { SettingsState } from './use-settings';

const SITES: { platform: Platform; name: string }[] = [
  { platform: 'upwork', name: 'Upwork' },
  { platform: 'fiverr', name: 'Fiverr' },
];

export function SiteSwitches({ state }: { state: SettingsState }) {
  const { settings, save, error } = state;
  if (!settings) return error ? <p role="alert">{error}</p> : <p class="muted">{t('settings_loading')}</p>;
  return (
    <fieldset class="switches">
      <legend>{t('switches_legend')}</legend>
      {SITES.map(({ platform, name }) => (
        <label key={platform} class="switch">
          <input
            type="checkbox"
            data-switch={platform}
            checked={settings.sites[platform].enabled}
            onChange={(e) => {
              const enabled = e.currentTarget.checked;
              void save((current) => ({ sites: { ...current.sites, [platform]: { enabled } } }));
            }}
          />
          {t('switches_show_on', { site: name })}
        </label>
      ))}
      <label class="switch">
        <input
          type="checkbox"
          data-switch="dim"
          checked={settings.dimHighRisk}
          onChange={(e) => void save({ dimHighRisk: e.currentTarget.checked })}
        />
        {t('switches_dim')}
      </label>
      {error && <p role="alert">{error}</p>}
    </fieldset>
  );
}
