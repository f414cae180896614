// Which data the dashboard shows: the user's own history or one imported dataset.
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
      Showing
      <select value={sourceKey(source)} onChange={(e) => onChange(sourceFromKey(e.currentTarget.value))} data-source-picker>
        <option value="own">Your history</option>
        {list.map((d) => (
          <option key={d.name} value={`dataset:${d.name}`}>
            Dataset: {d.name} ({d.count})
          </option>
        ))}
      </select>
    </label>
  );
}
