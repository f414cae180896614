// Sharing: the HTML report of the current view (opens offline, runs no script), exports of
// the view or of the whole history, an anonymise switch, and PNGs from each chart's button.
import { useState } from 'preact/hooks';
import { database } from '@/lib/db/open';
import { originId } from '@/lib/db/meta';
import { exportDownload } from '@/lib/export/export-json';
import { filterListings, sortListings, type ListingFilter, type ListingSort } from '@/lib/insights/filter';
import { viewExportCsv, viewExportFile } from '@/lib/insights/view-export';
import type { StoredListing } from '@/lib/db/schema';
import { formatDay } from '@/lib/insights/time';
import { downloadBlob } from '../charts/svg-export';
import type { CompareConfig } from './CompareView';
import { reportHtml } from './report';
import { sourceName, type Source } from './sources';

interface Props {
  listings: StoredListing[];
  source: Source;
  filter: ListingFilter;
  sort: ListingSort;
  compare: CompareConfig;
  now: number;
}

export function ShareView({ listings, source, filter, sort, compare, now }: Props) {
  const name = sourceName(source);
  const [anonymise, setAnonymise] = useState(true);
  const [withCompare, setWithCompare] = useState(true);
  const [title, setTitle] = useState(`GigLens report: ${name}`);
  const [status, setStatus] = useState<string | null>(null);
  const rows = sortListings(filterListings(listings, filter), sort);
  const day = formatDay(now);
  const run = (what: string, job: () => Promise<void>) => {
    setStatus(`Preparing ${what}…`);
    job().then(
      () => setStatus(`${what[0]!.toUpperCase()}${what.slice(1)} saved to your downloads.`),
      (e: unknown) => setStatus(`Could not make ${what}: ${String(e)}`),
    );
  };
  const report = () =>
    run('the report', async () => {
      const html = await reportHtml({ title, sourceName: name, anonymise, listings, rows, compare: withCompare ? compare : null, now });
      downloadBlob(new Blob([html], { type: 'text/html;charset=utf-8' }), `giglens-report-${day}.html`);
    });
  const viewJson = () =>
    run('the JSON export', async () => {
      const origin = source.kind === 'own' ? ((await originId(await database())) ?? 'unknown') : `dataset:${source.name}`;
      const file = viewExportFile(rows, { now, origin, anonymise });
      downloadBlob(new Blob([JSON.stringify(file)], { type: 'application/json' }), `giglens-view-${day}.json`);
    });
  const viewCsv = () =>
    run('the CSV export', async () => {
      downloadBlob(new Blob([viewExportCsv(rows, anonymise)], { type: 'text/csv;charset=utf-8' }), `giglens-view-${day}.csv`);
    });
  const whole = (kind: 'json' | 'csv') =>
    run(`the whole-history ${kind.toUpperCase()}`, async () => {
      const { blob, filename } = await exportDownload(await database(), kind, now);
      downloadBlob(blob, filename);
    });
  return (
    <section aria-labelledby="share-title" data-section="share">
      <h2 id="share-title">Share</h2>
      <p>
        What you share is the current view: {name}, {rows.length} of {listings.length} listings after the filters of the
        Listings section. Each chart also has a “Save chart as PNG” button.
      </p>
      <div class="card stack">
        <label class="inline">
          <input type="checkbox" checked={anonymise} data-share="anonymise" onChange={(e) => setAnonymise(e.currentTarget.checked)} />
          Anonymise: leave out client and seller details, listing ids and links (also links and e-mail addresses inside text)
        </label>
        <label>
          Report title
          <input type="text" value={title} onInput={(e) => setTitle(e.currentTarget.value)} data-share="title" />
        </label>
        <label class="inline">
          <input type="checkbox" checked={withCompare} onChange={(e) => setWithCompare(e.currentTarget.checked)} />
          Include the period comparison from “Compare periods”
        </label>
        <div class="row">
          <button type="button" class="primary" onClick={report} data-share="report">Download the HTML report</button>
          <button type="button" onClick={viewJson} data-share="json">Export this view as JSON</button>
          <button type="button" onClick={viewCsv} data-share="csv">Export this view as CSV</button>
        </div>
        <p class="muted">The report is one HTML file: it opens offline in any browser, runs no script and loads nothing.</p>
      </div>
      {source.kind === 'own' && (
        <div class="card stack">
          <h3>Your whole history</h3>
          <p class="muted">Every stored listing and the weekly aggregates, never anonymised: a backup you can import again.</p>
          <div class="row">
            <button type="button" onClick={() => whole('json')} data-share="whole-json">Export everything as JSON</button>
            <button type="button" onClick={() => whole('csv')} data-share="whole-csv">Export listings as CSV</button>
          </div>
        </div>
      )}
      <p aria-live="polite" data-share-status>{status}</p>
    </section>
  );
}
