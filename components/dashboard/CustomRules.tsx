// The user's own keyword rules: add, switch off, delete, and move them between machines as
// a JSON file (refused whole, with every reason, when it does not validate).
import { t } from '@/lib/i18n';
import { zodWords } from '@/lib/i18n/zod-words';
import { useState } from 'preact/hooks';
import type { CustomRule } from '@/lib/rules/custom-rule';
import { CustomRulesSchema } from '@/lib/rules/custom-rule-schema';
import { exportRulesFile, importRulesFile } from '@/lib/rules/rules-file';
import type { Settings } from '@/lib/settings/settings-schema';
import { downloadBlob } from '../charts/svg-export';
import type { SettingsState } from '../shared/use-settings';

const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'rule';

export function CustomRules({ settings, save }: { settings: Settings; save: SettingsState['save'] }) {
  const parsed = CustomRulesSchema.safeParse(settings.customRules, { error: zodWords });
  const rules: CustomRule[] = parsed.success ? parsed.data : [];
  const [name, setName] = useState('');
  const [words, setWords] = useState('');
  const [effect, setEffect] = useState('10');
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);

  const store = (next: CustomRule[], message: string) => {
    const check = CustomRulesSchema.safeParse(next, { error: zodWords });
    if (!check.success) return setProblems(check.error.issues.map((i) => i.message));
    setProblems([]);
    setDone(message);
    void save({ customRules: check.data });
  };
  const add = (e: Event) => {
    e.preventDefault();
    let id = slug(name);
    for (let n = 2; rules.some((r) => r.id === id); n++) id = `${slug(name)}-${n}`;
    const rule: CustomRule = { id, name: name.trim(), words: words.split(',').map((w) => w.trim()).filter(Boolean), effect: Number(effect), enabled: true };
    store([...rules, rule], t('rules_added', { name: rule.name }));
    if (CustomRulesSchema.safeParse([...rules, rule]).success) { setName(''); setWords(''); }
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const result = importRulesFile(await file.text());
    if (!result.ok) return setProblems(result.reasons.map((r) => `${file.name}: ${r}`));
    setProblems([]);
    setDone(t('rules_imported', { count: result.settings.customRules.length, off: result.settings.disabledRules.length }));
    void save(result.settings);
  };
  const exportFile = () =>
    downloadBlob(new Blob([exportRulesFile({ disabledRules: settings.disabledRules, customRules: rules })], { type: 'application/json' }), 'giglens-rules.json');

  return (
    <>
      <h3>{t('rules_own_title')}</h3>
      {!parsed.success && <p role="alert">{t('rules_invalid_stored')}</p>}
      {rules.length === 0 ? (
        <p class="muted">{t('rules_none')}</p>
      ) : (
        <ul class="custom-rules">
          {rules.map((r) => (
            <li key={r.id} data-custom-rule={r.id} class="row">
              <label class="inline">
                <input type="checkbox" checked={r.enabled !== false}
                  onChange={(e) => store(rules.map((x) => (x.id === r.id ? { ...x, enabled: e.currentTarget.checked } : x)), t(e.currentTarget.checked ? 'rules_on' : 'rules_off', { name: r.name }))} />
                <strong dir="auto">{r.name}</strong>
              </label>
              <span class="muted" dir="auto">{r.words.join(', ')}</span>
              <span>{r.effect > 0 ? `+${r.effect}` : r.effect}</span>
              <button type="button" onClick={() => store(rules.filter((x) => x.id !== r.id), t('rules_deleted', { name: r.name }))} aria-label={t('rules_delete_label', { name: r.name })}>{t('common_delete')}</button>
            </li>
          ))}
        </ul>
      )}
      <form class="card stack" onSubmit={add} aria-label={t('rules_add_label')}>
        <div class="row">
          <label>{t('datasets_col_name')} <input type="text" value={name} maxLength={80} onInput={(e) => setName(e.currentTarget.value)} data-rule-field="name" /></label>
          <label class="grow">{t('rules_phrases')} <input type="text" value={words} onInput={(e) => setWords(e.currentTarget.value)} data-rule-field="words" /></label>
          <label>{t('rules_effect')} <input type="number" class="narrow" min={-50} max={50} step={1} value={effect} onInput={(e) => setEffect(e.currentTarget.value)} data-rule-field="effect" /></label>
          <button type="submit">{t('rules_add')}</button>
        </div>
      </form>
      <div class="row">
        <button type="button" onClick={exportFile}>{t('rules_export')}</button>
        <label class="file-button">
          {t('rules_import')} <input type="file" accept=".json,application/json" onChange={(e) => void importFile(e.currentTarget.files?.[0])} />
        </label>
      </div>
      {problems.length > 0 && (
        <div role="alert" class="notice problem" data-rule-problems>
          <p>{t('rules_not_saved')}</p>
          <ul>{problems.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
      )}
      {done && problems.length === 0 && <p role="status" class="muted">{done}</p>}
    </>
  );
}
