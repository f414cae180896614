// The built-in rules, each with what it does, its effect and its sources, switchable off.
import { t } from '@/lib/i18n';
import { ruleDescription } from '@/lib/i18n/data-words';
import { ruleCatalog } from '@/lib/rules/catalog';
import { SOURCE_BY_NUMBER } from '@/lib/rules/sources';
import type { Settings } from '@/lib/settings/settings-schema';
import type { SettingsState } from '../shared/use-settings';

const GROUP_KEYS: Record<string, string> = {
  prior: 'group_prior',
  task: 'group_task',
  protective: 'group_protective',
  'builds-ai': 'group_builds_ai',
  'ai-work': 'group_ai_work',
  market: 'group_market',
};

export function RulesSettings({ settings, save }: { settings: Settings; save: SettingsState['save'] }) {
  const catalog = ruleCatalog();
  const off = new Set(settings.disabledRules);
  const toggle = (id: string, on: boolean) =>
    void save((current) => ({
      disabledRules: on ? current.disabledRules.filter((r) => r !== id) : [...new Set([...current.disabledRules, id])],
    }));
  return (
    <>
      <h3>{t('rules_title')}</h3>
      <p class="muted" data-rules-count>
        {t('rules_count', { on: catalog.length - off.size, count: catalog.length })}
      </p>
      <div class="table-scroll">
        <table class="rules">
          <thead>
            <tr>
              <th scope="col">{t('rules_col_on')}</th>
              <th scope="col">{t('rules_col_kind')}</th>
              <th scope="col">{t('rules_col_what')}</th>
              <th scope="col" class="num">{t('rules_effect')}</th>
              <th scope="col">{t('rules_col_sources')}</th>
            </tr>
          </thead>
          <tbody>
            {catalog.map((r) => (
              <tr key={r.id} data-rule={r.id}>
                <td>
                  <input type="checkbox" checked={!off.has(r.id)} aria-label={t('rules_toggle_label', { id: r.id })}
                    onChange={(e) => toggle(r.id, e.currentTarget.checked)} />
                </td>
                <td>{GROUP_KEYS[r.group] ? t(GROUP_KEYS[r.group]!) : r.group}</td>
                <td>{ruleDescription(r.id, r.description)}</td>
                <td class="num">{r.effect > 0 ? `+${r.effect}` : r.effect}</td>
                <td>
                  {r.sources.map((n, i) => {
                    const s = SOURCE_BY_NUMBER.get(n);
                    return (
                      <span key={n}>
                        {i > 0 && ', '}
                        {s ? <a href={s.url} target="_blank" rel="noreferrer noopener" title={`${s.title} (${s.by}, ${s.year})`}>[{n}]</a> : `[${n}]`}
                      </span>
                    );
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
