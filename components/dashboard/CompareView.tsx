// Two periods side by side, from the user's history or an imported dataset on either side
// (a class's export against one's own weeks), with the change from A to B.
import { t } from '@/lib/i18n';
import type { StoredListing } from '@/lib/db/schema';
import { comparisonRows, summarisePeriod, type ComparisonRow } from '@/lib/insights/compare';
import { formatChange, formatValue } from '@/lib/insights/format';
import { useAsync } from '../shared/use-async';
import { choiceFromValue, choiceValue, periodOf, periodWords, periodOptions, type PeriodChoice } from './periods';
import { SourcePicker } from './SourcePicker';
import { loadSource, OWN, sourceKey, sourceName, type Source } from './sources';

export interface CompareSide {
  source: Source;
  period: PeriodChoice;
}
export interface CompareConfig {
  a: CompareSide;
  b: CompareSide;
}

export const defaultCompare: CompareConfig = {
  a: { source: OWN, period: { kind: 'previous', days: 30 } },
  b: { source: OWN, period: { kind: 'last', days: 30 } },
};

export const sideLabel = (s: CompareSide, now: number) => `${sourceName(s.source)}, ${periodWords(s.period, now)}`;

export function compareRows(config: CompareConfig, a: StoredListing[], b: StoredListing[], now: number): ComparisonRow[] {
  return comparisonRows(summarisePeriod(a, periodOf(config.a.period, now)), summarisePeriod(b, periodOf(config.b.period, now)));
}

export async function loadCompare(config: CompareConfig): Promise<[StoredListing[], StoredListing[]]> {
  const a = await loadSource(config.a.source);
  const b = sourceKey(config.a.source) === sourceKey(config.b.source) ? a : await loadSource(config.b.source);
  return [a, b];
}

function SideControls({ id, side, onChange, now, version }: { id: 'a' | 'b'; side: CompareSide; onChange: (s: CompareSide) => void; now: number; version: number }) {
  const p = side.period;
  return (
    <fieldset class="compare-side" data-side={id}>
      <legend>{id.toUpperCase()}</legend>
      <SourcePicker source={side.source} onChange={(source) => onChange({ ...side, source })} version={version} />
      <label class="row">
        {t('compare_period')}
        <select value={choiceValue(p)} data-period={id} onChange={(e) => onChange({ ...side, period: choiceFromValue(e.currentTarget.value, now) })}>
          {periodOptions().map((o) => (
            <option key={o.value} value={o.value}>{o.name}</option>
          ))}
        </select>
      </label>
      {p.kind === 'custom' && (
        <div class="row">
          <label>{t('compare_from')} <input type="date" value={p.from} onInput={(e) => onChange({ ...side, period: { ...p, from: e.currentTarget.value } })} /></label>
          <label>{t('compare_to')} <input type="date" value={p.to} onInput={(e) => onChange({ ...side, period: { ...p, to: e.currentTarget.value } })} /></label>
        </div>
      )}
    </fieldset>
  );
}

export function CompareTable({ rows, aLabel, bLabel }: { rows: ComparisonRow[]; aLabel: string; bLabel: string }) {
  return (
    <table class="compare" data-compare>
      <thead>
        <tr>
          <th scope="col">{t('compare_col_measure')}</th>
          <th scope="col" class="num">A: <bdi>{aLabel}</bdi></th>
          <th scope="col" class="num">B: <bdi>{bLabel}</bdi></th>
          <th scope="col" class="num">{t('compare_col_change')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-row={r.key}>
            <th scope="row">{r.label}</th>
            <td class="num">{formatValue(r.a, r.unit)}</td>
            <td class="num">{formatValue(r.b, r.unit)}</td>
            <td class="num">{formatChange(r)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CompareView({ config, onChange, now, version }: { config: CompareConfig; onChange: (c: CompareConfig) => void; now: number; version: number }) {
  const data = useAsync(() => loadCompare(config), [sourceKey(config.a.source), sourceKey(config.b.source), version]);
  return (
    <section aria-labelledby="compare-title" data-section="compare">
      <h2 id="compare-title">{t('compare_title')}</h2>
      <p class="muted">{t('compare_help')}</p>
      <div class="compare-controls">
        <SideControls id="a" side={config.a} onChange={(a) => onChange({ ...config, a })} now={now} version={version} />
        <SideControls id="b" side={config.b} onChange={(b) => onChange({ ...config, b })} now={now} version={version} />
      </div>
      {data.status === 'loading' && <p class="muted">{t('common_loading')}</p>}
      {data.status === 'error' && <p role="alert">{t('compare_error', { error: data.error })}</p>}
      {data.status === 'ready' && (
        <CompareTable rows={compareRows(config, data.value[0], data.value[1], now)} aLabel={sideLabel(config.a, now)} bLabel={sideLabel(config.b, now)} />
      )}
    </section>
  );
}
