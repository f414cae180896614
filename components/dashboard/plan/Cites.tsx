// Bibliography numbers (../shared/research/evidence.md) as links beside a claim, and the list
// of every source a view cites, titles kept as published.
import { t } from '@/lib/i18n';
import { SOURCE_BY_NUMBER } from '@/lib/rules/sources';

export function Cites({ sources }: { sources: readonly number[] }) {
  if (sources.length === 0) return null;
  return (
    <span class="muted" data-cites={sources.join(',')}>
      {' ['}
      {sources.map((n, i) => {
        const s = SOURCE_BY_NUMBER.get(n);
        return (
          <span key={n}>
            {i > 0 && ', '}
            {s ? <a href={s.url} target="_blank" rel="noreferrer noopener" title={`${s.title} (${s.by}, ${s.year})`}>{n}</a> : n}
          </span>
        );
      })}
      {']'}
    </span>
  );
}

export function SourceList({ sources }: { sources: readonly number[] }) {
  if (sources.length === 0) return null;
  return (
    <details class="muted" data-plan-sources>
      <summary>{t('risk_sources', { count: sources.length })}</summary>
      <ol class="src">
        {sources.map((n) => {
          const s = SOURCE_BY_NUMBER.get(n);
          return (
            <li key={n} value={n}>
              {s ? (
                <>
                  <a href={s.url} target="_blank" rel="noreferrer noopener" lang="en" dir="ltr">{s.title}</a>
                  <span class="muted"> ({s.by}, {s.year})</span>
                </>
              ) : (
                t('risk_source_n', { n: String(n) })
              )}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
