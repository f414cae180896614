// The built-in rules, each with what it does, its effect and its sources, switchable off.
import { ruleCatalog } from '@/lib/rules/catalog';
import { SOURCE_BY_NUMBER } from '@/lib/rules/sources';
import type { Settings } from '@/lib/settings/settings-schema';
import type { SettingsState } from '../shared/use-settings';

const GROUP_WORDS: Record<string, string> = {
  prior: 'Category evidence',
  task: 'Tasks AI does alone',
  protective: 'Protective signals',
  'builds-ai': 'Builds or runs AI',
  market: 'Market signals',
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
      <h3>Rules</h3>
      <p class="muted" data-rules-count>
        {catalog.length - off.size} of {catalog.length} rules on. A rule switched off no longer moves any risk score; pages
        label with the new set on their next visit.
      </p>
      <div class="table-scroll">
        <table class="rules">
          <thead>
            <tr>
              <th scope="col">On</th>
              <th scope="col">Kind</th>
              <th scope="col">What it does</th>
              <th scope="col" class="num">Effect</th>
              <th scope="col">Sources</th>
            </tr>
          </thead>
          <tbody>
            {catalog.map((r) => (
              <tr key={r.id} data-rule={r.id}>
                <td>
                  <input type="checkbox" checked={!off.has(r.id)} aria-label={`Rule ${r.id} on`}
                    onChange={(e) => toggle(r.id, e.currentTarget.checked)} />
                </td>
                <td>{GROUP_WORDS[r.group] ?? r.group}</td>
                <td>{r.description}</td>
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
