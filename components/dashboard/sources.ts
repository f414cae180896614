// What the dashboard shows: the user's own history or one imported dataset, never a mix.
import { t } from '@/lib/i18n';
import type { StoredListing } from '@/lib/db/schema';
import { database } from '@/lib/db/open';
import { allListings } from '@/lib/insights/own-history';
import { datasetListings, openDatasets } from '@/lib/insights/datasets-db';

export type Source = { kind: 'own' } | { kind: 'dataset'; name: string };

export const OWN: Source = { kind: 'own' };

export const sourceName = (s: Source): string => (s.kind === 'own' ? t('source_own') : t('source_dataset', { name: s.name }));

/** `<select>` values: "own" or "dataset:<name>". */
export const sourceKey = (s: Source): string => (s.kind === 'own' ? 'own' : `dataset:${s.name}`);
export const sourceFromKey = (key: string): Source =>
  key.startsWith('dataset:') ? { kind: 'dataset', name: key.slice('dataset:'.length) } : OWN;

export async function loadSource(s: Source): Promise<StoredListing[]> {
  if (s.kind === 'own') return allListings(await database());
  const db = await openDatasets();
  try {
    return await datasetListings(db, s.name);
  } finally {
    db.close();
  }
}
