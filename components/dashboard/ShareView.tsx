// Sharing: the HTML report of the current view (opens offline, runs no script), exports of
// the view or of the whole history, an anonymise switch, and PNGs from each chart's button.
import { t } from '@/lib/i18n';
import { useState } from 'preact/hooks';
import { database } from '@/lib/db/open';
import { originId } from '@/lib/db/meta';
import { exportDownload } from '@/lib/export/export-json';
import { filterListings, sortListings, type ListingFilter, type ListingSort } from '@/lib/insights/filter';
import { viewExportCsv, viewExportFile } from '@/lib/insights/view-export';
import type { StoredListing } from '@/lib/db/schema';
import { isoDay } from '@/lib/insights/time';
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
  const [title, setTitle] = useState(t('share_default_title', { name }));
  const [status, setStatus] = useState<string | null>(null);
  const rows = sortListings(filterListings(listings, filter), sort);
  const day = isoDay(now);
  const run = (whatKey: string, job: () => Promise<void>) => {
    const what = t(whatKey);
    setStatus(t('share_preparing', { what }));
    job().then(
      () => setStatus(t('share_saved', { what })),
      (e: unknown) => setStatus(t('share_failed', { what, error: String(e) })),
    );
  };
  const report = () =>
    run('share_what_report', async () => {
      const html = await reportHtml({ title, sourceName: name, source, anonymise, listings, rows, compare: withCompare ? compare : null, now });
      downloadBlob(new Blob([html], { type: 'text/html;charset=utf-8' }), `giglens-report-${day}.html`);
    });
  const viewJson = () =>
    run('share_what_json', async () => {
      const origin = source.kind === 'own' ? ((await originId(await database())) ?? 'unknown') : `dataset:${source.name}`;
      const file = viewExportFile(rows, { now, origin, anonymise });
      downloadBlob(new Blob([JSON.stringify(file)], { type: 'application/json' }), `giglens-view-${day}.json`);
    });
  const viewCsv = () =>
    run('share_what_csv', async () => {
      downloadBlob(new Blob([viewExportCsv(rows, anonymise)], { type: 'text/csv;charset=utf-8' }), `giglens-view-${day}.csv`);
    });
  const whole = (kind: 'json' | 'csv') =>
    run(kind === 'json' ? 'share_what_whole_json' : 'share_what_whole_csv', async () => {
      const { blob, filename } = await exportDownload(await database(), kind, now);
      downloadBlob(blob, filename);
    });
  return (
    <section aria-labelledby="share-title" data-section="share">
      <h2 id="share-title">{t('section_share')}</h2>
      <p>{t('share_intro', { name, shown: rows.length, count: listings.length })}</p>
      <div class="card stack">
        <label class="inline">
          <input type="checkbox" checked={anonymise} data-share="anonymise" onChange={(e) => setAnonymise(e.currentTarget.checked)} />
          {t('share_anonymise')}
        </label>
        <label>
          {t('share_title_label')}
          <input type="text" value={title} onInput={(e) => setTitle(e.currentTarget.value)} data-share="title" />
        </label>
        <label class="inline">
          <input type="checkbox" checked={withCompare} onChange={(e) => setWithCompare(e.currentTarget.checked)} />
          {t('share_include_compare')}
        </label>
        <div class="row">
          <button type="button" class="primary" onClick={report} data-share="report">{t('share_report')}</button>
          <button type="button" onClick={viewJson} data-share="json">{t('share_view_json')}</button>
          <button type="button" onClick={viewCsv} data-share="csv">{t('share_view_csv')}</button>
        </div>
        <p class="muted">{t('share_report_help')}</p>
      </div>
      {source.kind === 'own' && (
        <div class="card stack">
          <h3>{t('share_whole_title')}</h3>
          <p class="muted">{t('share_whole_help')}</p>
          <div class="row">
            <button type="button" onClick={() => whole('json')} data-share="whole-json">{t('share_whole_json')}</button>
            <button type="button" onClick={() => whole('csv')} data-share="whole-csv">{t('share_whole_csv')}</button>
          </div>
        </div>
      )}
      <p aria-live="polite" data-share-status>{status}</p>
    </section>
  );
}
