// Settings: the user's profile, labels per site, dimming, the home currency and Connects
// price (display only, nothing is fetched), how many raw listings to keep, and the rules.
import { t } from '@/lib/i18n';
import { usd } from '@/lib/connects/format';
import { LanguagePicker } from '../shared/LanguagePicker';
import { useState } from 'preact/hooks';
import type { Settings } from '@/lib/settings/settings-schema';
import { SiteSwitches } from '../shared/SiteSwitches';
import { useSettings, type SettingsState } from '../shared/use-settings';
import { FilterRules, FiltersSwitch } from '../filters/FilterRules';
import { CustomRules } from './CustomRules';
import { loadStartingProfile } from '@/lib/insights/pivot-source';
import { ProfileSettings } from './ProfileSettings';
import { SettingsFile } from './SettingsFile';
import { RulesSettings } from './RulesSettings';

function NumberSetting({ label, help, value, min, max, step, onSave, name }: {
  label: string; help: string; value: number; min: number; max: number; step: number; name: string;
  onSave: (v: number) => void;
}) {
  const [draft, setDraft] = useState(String(value));
  const n = Number(draft);
  const valid = draft.trim() !== '' && Number.isFinite(n) && n >= min && n <= max;
  return (
    <form class="row setting" onSubmit={(e) => { e.preventDefault(); if (valid) onSave(n); }}>
      <label>
        {label}
        <input type="number" min={min} max={max} step={step} value={draft} data-setting={name}
          aria-invalid={!valid} aria-describedby={`${name}-help`} onInput={(e) => setDraft(e.currentTarget.value)} />
      </label>
      <button type="submit" disabled={!valid || n === value}>{t('common_save')}</button>
      <span id={`${name}-help`} class="muted">{valid ? help : t('settings_number_range', { min, max })}</span>
    </form>
  );
}

function HomeCurrency({ settings, save }: { settings: Settings; save: SettingsState['save'] }) {
  const [code, setCode] = useState(settings.homeCurrency?.code ?? '');
  const [rate, setRate] = useState(settings.homeCurrency ? String(settings.homeCurrency.perUsd) : '');
  const valid = /^[A-Z]{3}$/.test(code) && Number(rate) > 0 && Number(rate) < 1e7;
  return (
    <form class="row setting" onSubmit={(e) => { e.preventDefault(); if (valid) void save({ homeCurrency: { code, perUsd: Number(rate) } }); }}>
      <label>
        {t('settings_currency_code')}
        <input type="text" class="narrow" maxLength={3} value={code} placeholder={t('settings_currency_code_example')} data-setting="currency-code"
          onInput={(e) => setCode(e.currentTarget.value.toUpperCase())} />
      </label>
      <label>
        {t('settings_currency_rate')}
        <input type="number" min="0" step="any" value={rate} placeholder={t('settings_currency_rate_example')} data-setting="currency-rate"
          onInput={(e) => setRate(e.currentTarget.value)} />
      </label>
      <button type="submit" disabled={!valid}>{t('common_save')}</button>
      {settings.homeCurrency && (
        <button type="button" onClick={() => { setCode(''); setRate(''); void save({ homeCurrency: null }); }}>{t('saved_remove')}</button>
      )}
      <span class="muted">
        {settings.homeCurrency
          ? t('settings_currency_on', { code: settings.homeCurrency.code, rate: settings.homeCurrency.perUsd })
          : t('settings_currency_off')}
      </span>
    </form>
  );
}

export function SettingsView() {
  const state = useSettings();
  const { settings, save, error } = state;
  return (
    <section aria-labelledby="settings-title" data-section="settings">
      <h2 id="settings-title">{t('section_settings')}</h2>
      {error && <p role="alert">{error}</p>}
      {!settings ? (
        <p class="muted">{t('settings_loading')}</p>
      ) : (
        <>
          <h3>{t('language_legend')}</h3>
          <LanguagePicker state={state} />
          <ProfileSettings settings={settings} save={save} loadStart={loadStartingProfile} />
          <h3>{t('settings_sites')}</h3>
          <SiteSwitches state={state} />
          <h3>{t('filters_title')}</h3>
          <FiltersSwitch settings={settings} save={save} />
          <FilterRules settings={settings} save={save} platform="upwork" />
          <FilterRules settings={settings} save={save} platform="fiverr" />
          <h3>{t('settings_money')}</h3>
          <HomeCurrency settings={settings} save={save} />
          <NumberSetting name="connects-price" label={t('settings_connect_price')} value={settings.connectsPriceUsd}
            min={0} max={10} step={0.01} help={t('settings_connect_price_help', { price: usd(0.15) })} onSave={(v) => void save({ connectsPriceUsd: v })} />
          <h3>{t('settings_storage')}</h3>
          <NumberSetting name="retention" label={t('settings_retention')} value={settings.retentionCap} min={1000} max={5_000_000} step={1000}
            help={t('settings_retention_help')} onSave={(v) => void save({ retentionCap: v })} />
          <h3>{t('settings_file')}</h3>
          <SettingsFile settings={settings} save={save} />
          <RulesSettings settings={settings} save={save} />
          <CustomRules settings={settings} save={save} />
        </>
      )}
    </section>
  );
}
