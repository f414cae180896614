// Imported datasets (a class's exports, a colleague's history) live in their own IndexedDB
// database, `giglens-datasets`, written by the dashboard. The user's own history in `giglens`
// stays written only by the background, so an import can never mix into it.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { StoredListing } from '../db/schema';

export const DATASETS_DB_NAME = 'giglens-datasets';
const DATASETS_DB_VERSION = 1;

export interface DatasetInfo {
  name: string;
  importedAt: number;
  /** The file it came from, as the user picked it. */
  sourceFile: string;
  count: number;
}

export type DatasetRow = StoredListing & { dataset: string };

interface DatasetsDB extends DBSchema {
  datasets: { key: string; value: DatasetInfo };
  rows: { key: [string, string, string]; value: DatasetRow; indexes: { 'by-dataset': string } };
}

export type DatasetsDatabase = IDBPDatabase<DatasetsDB>;

export function openDatasets(): Promise<DatasetsDatabase> {
  return openDB<DatasetsDB>(DATASETS_DB_NAME, DATASETS_DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('datasets', { keyPath: 'name' });
        db.createObjectStore('rows', { keyPath: ['dataset', 'platform', 'id'] }).createIndex('by-dataset', 'dataset');
      }
    },
    blocking() {
      // Another tab upgrades: this page reopens on its next read.
    },
  });
}

export class DatasetExistsError extends Error {
  constructor(name: string) {
    super(`A dataset named "${name}" exists already: pick another name or delete it first.`);
  }
}

/** Stores a new dataset in one transaction; an existing name is refused, never merged. */
export async function saveDataset(db: DatasetsDatabase, info: Omit<DatasetInfo, 'count'>, listings: readonly StoredListing[]): Promise<DatasetInfo> {
  const tx = db.transaction(['datasets', 'rows'], 'readwrite');
  if (await tx.objectStore('datasets').get(info.name)) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new DatasetExistsError(info.name);
  }
  const unique = new Map(listings.map((l) => [`${l.platform}:${l.id}`, l]));
  const full: DatasetInfo = { ...info, count: unique.size };
  const rows = tx.objectStore('rows');
  await Promise.all([
    tx.objectStore('datasets').put(full),
    ...[...unique.values()].map((l) => rows.put({ ...l, dataset: info.name })),
  ]);
  await tx.done;
  return full;
}

export async function listDatasets(db: DatasetsDatabase): Promise<DatasetInfo[]> {
  return (await db.getAll('datasets')).sort((a, b) => b.importedAt - a.importedAt);
}

export async function datasetListings(db: DatasetsDatabase, name: string): Promise<StoredListing[]> {
  const rows = await db.getAllFromIndex('rows', 'by-dataset', name);
  return rows.map(({ dataset: _dataset, ...listing }) => listing);
}

export async function deleteDataset(db: DatasetsDatabase, name: string): Promise<void> {
  const tx = db.transaction(['datasets', 'rows'], 'readwrite');
  const keys = await tx.objectStore('rows').index('by-dataset').getAllKeys(name);
  await Promise.all([tx.objectStore('datasets').delete(name), ...keys.map((k) => tx.objectStore('rows').delete(k))]);
  await tx.done;
}
