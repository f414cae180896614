// Settings: labels per site, dimming, the home currency and Connects price (display only,
// nothing is fetched), how many raw listings to keep, and the rules.
import { useState } from 'preact/hooks';
import type { Settings } from '@/lib/settings/settings-schema';
import { SiteSwitches } from '../shared/SiteSwitches';
import { useSettings, type SettingsState } from '../shared/use-settings';
import { FilterRules, FiltersSwitch } from '../filters/FilterRules';
import { CustomRules } from './CustomRules';
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
      <button type="submit" disabled={!valid || n === value}>Save</button>
      <span id={`${name}-help`} class="muted">{valid ? help : `Enter a number from ${min} to ${max}.`}</span>
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
        Home currency code
        <input type="text" class="narrow" maxLength={3} value={code} placeholder="e.g. PKR" data-setting="currency-code"
          onInput={(e) => setCode(e.currentTarget.value.toUpperCase())} />
      </label>
      <label>
        Units per US dollar
        <input type="number" min="0" step="any" value={rate} placeholder="e.g. 280" data-setting="currency-rate"
          onInput={(e) => setRate(e.currentTarget.value)} />
      </label>
      <button type="submit" disabled={!valid}>Save</button>
      {settings.homeCurrency && (
        <button type="button" onClick={() => { setCode(''); setRate(''); void save({ homeCurrency: null }); }}>Remove</button>
      )}
      <span class="muted">
        {settings.homeCurrency
          ? `Dollar amounts also show in ${settings.homeCurrency.code} at ${settings.homeCurrency.perUsd} per US dollar.`
          : 'Shown beside dollar amounts; you type the rate, nothing is fetched.'}
      </span>
    </form>
  );
}

export function SettingsView() {
  const state = useSettings();
  const { settings, save, error } = state;
  return (
    <section aria-labelledby="settings-title" data-section="settings">
      <h2 id="settings-title">Settings</h2>
      {error && <p role="alert">{error}</p>}
      {!settings ? (
        <p class="muted">Loading settings…</p>
      ) : (
        <>
          <h3>Sites</h3>
          <SiteSwitches state={state} />
          <h3>Filters</h3>
          <FiltersSwitch settings={settings} save={save} />
          <FilterRules settings={settings} save={save} platform="upwork" />
          <FilterRules settings={settings} save={save} platform="fiverr" />
          <h3>Money</h3>
          <HomeCurrency settings={settings} save={save} />
          <NumberSetting name="connects-price" label="What one Connect costs you (USD)" value={settings.connectsPriceUsd}
            min={0} max={10} step={0.01} help="Upwork sells Connects at $0.15." onSave={(v) => void save({ connectsPriceUsd: v })} />
          <h3>Storage</h3>
          <NumberSetting name="retention" label="Listings to keep" value={settings.retentionCap} min={1000} max={5_000_000} step={1000}
            help="The oldest listings beyond this are removed; weekly figures are kept forever." onSave={(v) => void save({ retentionCap: v })} />
          <h3>Settings file</h3>
          <SettingsFile settings={settings} save={save} />
          <RulesSettings settings={settings} save={save} />
          <CustomRules settings={settings} save={save} />
        </>
      )}
    </section>
  );
}
