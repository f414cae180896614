// Which data the dashboard shows: the user's own history or one imported dataset.
import { t } from '@/lib/i18n';
import { listDatasets, openDatasets, type DatasetInfo } from '@/lib/insights/datasets-db';
import { useAsync } from '../shared/use-async';
import { sourceFromKey, sourceKey, type Source } from './sources';

export async function loadDatasetList(): Promise<DatasetInfo[]> {
  const db = await openDatasets();
  try {
    return await listDatasets(db);
  } finally {
    db.close();
  }
}

export function SourcePicker({ source, onChange, version }: { source: Source; onChange: (s: Source) => void; version: number }) {
  const datasets = useAsync(loadDatasetList, [version]);
  const list = datasets.status === 'ready' ? datasets.value : [];
  return (
    <label class="row">
      {t('source_showing')}
      <select value={sourceKey(source)} onChange={(e) => onChange(sourceFromKey(e.currentTarget.value))} data-source-picker>
        <option value="own">{t('source_own')}</option>
        {list.map((d) => (
          <option key={d.name} value={`dataset:${d.name}`}>
            {t('source_option', { name: d.name, count: d.count })}
          </option>
        ))}
      </select>
    </label>
  );
}
