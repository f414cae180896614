// English / اردو: the user's language, applied at once (every open page follows the setting).
import { t } from '@/lib/i18n';
import type { LanguageSetting } from '@/lib/i18n/languages';
import type { SettingsState } from './use-settings';

const CHOICES: { value: LanguageSetting; key: string; lang?: string }[] = [
  { value: 'auto', key: 'language_auto' },
  { value: 'en', key: 'language_en', lang: 'en' },
  { value: 'ur', key: 'language_ur', lang: 'ur' },
];

export function LanguagePicker({ state }: { state: SettingsState }) {
  const current = state.settings?.language ?? 'auto';
  return (
    <fieldset class="switches language-picker" data-language-picker>
      <legend>{t('language_legend')}</legend>
      {CHOICES.map((c) => (
        <label key={c.value} class="switch" lang={c.lang}>
          <input type="radio" name="giglens-language" value={c.value} data-language={c.value} checked={current === c.value}
            onChange={() => void state.save({ language: c.value })} />
          {t(c.key)}
        </label>
      ))}
    </fieldset>
  );
}
