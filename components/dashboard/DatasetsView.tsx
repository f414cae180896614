// Imported datasets (for example a class's exports): each one is kept apart under its own
// name, viewed alone or compared with the user's history, never mixed into it.
import { formatDay, formatNumber, t } from '@/lib/i18n';
import { useState } from 'preact/hooks';
import { DatasetExistsError, deleteDataset, openDatasets, saveDataset } from '@/lib/insights/datasets-db';
import { readExportFiles } from '@/lib/insights/dataset-import';
import { useAsync } from '../shared/use-async';
import { loadDatasetList } from './SourcePicker';

interface Props {
  version: number;
  onChanged: () => void;
  onView: (name: string) => void;
  onCompare: (name: string) => void;
}

async function withDatasets<T>(job: (db: Awaited<ReturnType<typeof openDatasets>>) => Promise<T>): Promise<T> {
  const db = await openDatasets();
  try {
    return await job(db);
  } finally {
    db.close();
  }
}

export function DatasetsView({ version, onChanged, onView, onCompare }: Props) {
  const list = useAsync(loadDatasetList, [version]);
  const [name, setName] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);

  const importFiles = async (e: Event) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setMessage({ ok: false, text: t('datasets_name_first') });
    const read = readExportFiles(await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() }))));
    if (!read.ok) return setMessage({ ok: false, text: t('datasets_nothing_imported', { error: read.error }) });
    try {
      const info = await withDatasets((db) =>
        saveDataset(db, { name: trimmed, importedAt: Date.now(), sourceFile: files.map((f) => f.name).join(', ') }, read.listings),
      );
      setMessage({ ok: true, text: t('datasets_imported', { count: info.count, name: info.name }) });
      setName('');
      onChanged();
    } catch (err) {
      const error = err instanceof DatasetExistsError ? t('datasets_exists', { name: trimmed }) : err instanceof Error ? err.message : String(err);
      setMessage({ ok: false, text: t('datasets_nothing_imported', { error }) });
    }
  };

  const remove = async (n: string) => {
    await withDatasets((db) => deleteDataset(db, n));
    setConfirming(null);
    setMessage({ ok: true, text: t('datasets_deleted', { name: n }) });
    onChanged();
  };

  return (
    <section aria-labelledby="datasets-title" data-section="datasets">
      <h2 id="datasets-title">{t('section_datasets')}</h2>
      <p>{t('datasets_intro')}</p>
      <form class="card stack" onSubmit={(e) => void importFiles(e)} aria-label={t('datasets_form_label')}>
        <label>
          {t('datasets_name')}
          <input type="text" value={name} maxLength={80} onInput={(e) => setName(e.currentTarget.value)} data-import="name" />
        </label>
        <label>
          {t('datasets_files')}
          <input type="file" accept=".json,application/json" multiple data-import="files"
            onChange={(e) => setFiles([...(e.currentTarget.files ?? [])])} />
        </label>
        <div><button type="submit" class="primary" data-import="go">{t('datasets_import')}</button></div>
      </form>
      {message && (
        <p class={`notice ${message.ok ? '' : 'problem'}`} role={message.ok ? 'status' : 'alert'} data-import-message>
          {message.text}
        </p>
      )}
      {list.status === 'ready' && list.value.length === 0 && <p class="muted">{t('datasets_none')}</p>}
      {list.status === 'ready' && list.value.length > 0 && (
        <table class="datasets">
          <thead>
            <tr>
              <th scope="col">{t('datasets_col_name')}</th>
              <th scope="col" class="num">{t('summary_listings')}</th>
              <th scope="col">{t('datasets_col_imported')}</th>
              <th scope="col">{t('datasets_col_from')}</th>
              <th scope="col"><span class="visually-hidden">{t('datasets_col_actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {list.value.map((d) => (
              <tr key={d.name} data-dataset={d.name}>
                <th scope="row"><bdi>{d.name}</bdi></th>
                <td class="num">{formatNumber(d.count)}</td>
                <td>{formatDay(d.importedAt)}</td>
                <td class="muted" dir="auto">{d.sourceFile}</td>
                <td class="row">
                  <button type="button" onClick={() => onView(d.name)}>{t('datasets_view')}</button>
                  <button type="button" onClick={() => onCompare(d.name)}>{t('datasets_compare')}</button>
                  {confirming === d.name ? (
                    <button type="button" class="danger" onClick={() => void remove(d.name)}>{t('datasets_really_delete', { name: d.name })}</button>
                  ) : (
                    <button type="button" onClick={() => setConfirming(d.name)}>{t('common_delete')}</button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
