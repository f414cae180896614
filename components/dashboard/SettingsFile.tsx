// Export and import of every setting (filters, rules, money, sites) as one JSON file: to move
// to another browser, or for a coach to hand a class the same filters.
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { exportSettingsFile, importSettingsFile } from '@/lib/settings/settings-file';
import type { Settings } from '@/lib/settings/settings-schema';
import { downloadBlob } from '../charts/svg-export';
import type { SettingsState } from '../shared/use-settings';

export function SettingsFile({ settings, save }: { settings: Settings; save: SettingsState['save'] }) {
  const [message, setMessage] = useState<{ ok: boolean; lines: string[] } | null>(null);
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const result = importSettingsFile(await file.text());
    if (!result.ok) return setMessage({ ok: false, lines: result.reasons });
    await save(result.settings);
    setMessage({ ok: true, lines: [t('settings_file_imported', { name: file.name })] });
  };
  return (
    <div class="row setting" data-settings-file>
      <button type="button" onClick={() => downloadBlob(new Blob([exportSettingsFile(settings)], { type: 'application/json' }), 'giglens-settings.json')}>
        {t('settings_file_export')}
      </button>
      <label>
        {t('settings_file_import')} <input type="file" accept=".json,application/json" data-setting="settings-file" onChange={(e) => void importFile(e.currentTarget.files?.[0])} />
      </label>
      {message && (
        <div role={message.ok ? 'status' : 'alert'}>
          {message.ok ? message.lines[0] : <>{t('settings_file_refused')}<ul>{message.lines.map((l) => <li key={l}>{l}</li>)}</ul></>}
        </div>
      )}
    </div>
  );
}
