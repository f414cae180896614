// Every chart sits in one frame: a heading, a sentence on how to read it, the chart, its
// figures as a table (for screen readers and for checking), and a PNG export button.
// An empty chart says why it is empty instead of drawing empty axes.
import { t } from '@/lib/i18n';
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { downloadPng } from './svg-export';

export interface ChartTable {
  caption: string;
  columns: string[];
  rows: (string | number)[][];
}

export interface ChartFrameProps {
  id: string;
  title: string;
  description: string;
  /** Shown instead of the chart when there is nothing to draw. */
  emptyText: string | null;
  table: ChartTable;
  /** Sources and caveats under the chart. */
  note?: ComponentChildren;
  children: ComponentChildren;
}

export function ChartFrame({ id, title, description, emptyText, table, note, children }: ChartFrameProps) {
  const box = useRef<HTMLDivElement>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const exportPng = () => {
    const svg = box.current?.querySelector('svg');
    if (!svg) return;
    setExportError(null);
    downloadPng(svg, `giglens-${id}.png`).catch((e: unknown) => setExportError(t('chart_png_error', { error: String(e) })));
  };
  return (
    <figure class="chart" id={`chart-${id}`} data-chart={id} aria-labelledby={`chart-${id}-title`}>
      <figcaption>
        <h2 id={`chart-${id}-title`}>{title}</h2>
        <p class="muted">{description}</p>
      </figcaption>
      {emptyText !== null ? (
        <p class="chart-empty">{emptyText}</p>
      ) : (
        <>
          <div class="chart-box" ref={box}>
            {children}
          </div>
          <div class="chart-tools">
            <details>
              <summary>{t('chart_table_summary')}</summary>
              <table>
                <caption class="visually-hidden">{table.caption}</caption>
                <thead>
                  <tr>
                    {table.columns.map((c) => (
                      <th scope="col" key={c}>{c}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {table.rows.map((r, i) => (
                    <tr key={i}>
                      {r.map((v, j) => (j === 0 ? <th scope="row" key={j}>{v}</th> : <td key={j}>{v}</td>))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
            <button type="button" class="export-png" onClick={exportPng}>
              {t('chart_save_png')}
            </button>
            {exportError && <p role="alert">{exportError}</p>}
          </div>
        </>
      )}
      {note && <div class="chart-note muted">{note}</div>}
    </figure>
  );
}
