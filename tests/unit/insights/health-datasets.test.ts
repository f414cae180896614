import { describe, expect, it, test } from 'vitest';
import { healthNotices } from '@/lib/insights/health';
import type { PageHealthRecord } from '@/lib/db/schema';
import { DatasetExistsError, datasetListings, deleteDataset, listDatasets, openDatasets, saveDataset } from '@/lib/insights/datasets-db';
import { database } from '@/lib/db/open';
import { scenario } from './scenario';

const at = Date.UTC(2026, 7, 12, 9);
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const record = (r: Partial<PageHealthRecord>): PageHealthRecord => ({
  platform: 'upwork', kind: 'search', status: 'ok', health: { found: 20, parsed: 20 }, url: 'https://www.upwork.com/nx/search/jobs/', at, ...r,
});

describe('parse health in plain words', () => {
  test.each<[string, Partial<PageHealthRecord>, string, string]>([
    ['a blocked page', { status: 'blocked', health: { found: 0, parsed: 0 } }, 'problem',
      'Upwork showed a security check or login wall instead of the search page (2026-08-12). GigLens could not read it; once the check is passed and the page reloads, it reads it again.'],
    ['a layout change', { platform: 'fiverr', kind: 'category', health: { found: 48, parsed: 3 } }, 'warning',
      "Fiverr's category page may have changed its layout: GigLens read 3 of 48 listings (2026-08-12). Listings it could not read have no badge."],
    ['nothing readable', { health: { found: 10, parsed: 0 } }, 'problem',
      "Upwork's search page may have changed its layout: GigLens read 0 of 10 listings (2026-08-12). Listings it could not read have no badge."],
    ['a healthy page', {}, 'ok', "Upwork's search page: all 20 listings read (2026-08-12)."],
    ['an empty search', { kind: 'find-work', status: 'empty', health: { found: 0, parsed: 0 } }, 'ok', "Upwork's find work page had no listings (2026-08-12)."],
  ])('%s', (_name, r, level, text) => {
    expect(healthNotices([record(r)], day)).toEqual([expect.objectContaining({ level, text })]);
  });

  it('puts problems first, then warnings, then the fine pages', () => {
    const notices = healthNotices(
      [record({}), record({ kind: 'job', health: { found: 1, parsed: 0 } }), record({ platform: 'fiverr', health: { found: 27, parsed: 20 } })],
      day,
    );
    expect(notices.map((n) => n.level)).toEqual(['problem', 'warning', 'ok']);
  });
});

describe('imported datasets', () => {
  it('live in their own database, never in the user history', async () => {
    const db = await openDatasets();
    const listings = scenario();
    const info = await saveDataset(db, { name: 'Class of August', importedAt: 1000, sourceFile: 'class.json' }, listings);
    expect(info.count).toBe(25);
    expect(await listDatasets(db)).toEqual([{ name: 'Class of August', importedAt: 1000, sourceFile: 'class.json', count: 25 }]);
    const back = await datasetListings(db, 'Class of August');
    expect(back).toHaveLength(25);
    expect(back.find((l) => l.id === '~01e58456ea2c09e366')).toEqual(listings.find((l) => l.id === '~01e58456ea2c09e366'));
    expect(await (await database()).count('listings')).toBe(0);
    db.close();
  });

  it('refuses a second import under the same name instead of merging it', async () => {
    const db = await openDatasets();
    const [first, ...rest] = scenario();
    await saveDataset(db, { name: 'A', importedAt: 1, sourceFile: 'a.json' }, [first!]);
    await expect(saveDataset(db, { name: 'A', importedAt: 2, sourceFile: 'b.json' }, rest)).rejects.toBeInstanceOf(DatasetExistsError);
    expect(await datasetListings(db, 'A')).toHaveLength(1);
    await saveDataset(db, { name: 'B', importedAt: 3, sourceFile: 'b.json' }, rest);
    await deleteDataset(db, 'A');
    expect((await listDatasets(db)).map((d) => d.name)).toEqual(['B']);
    expect(await datasetListings(db, 'A')).toEqual([]);
    expect(await datasetListings(db, 'B')).toHaveLength(24);
    db.close();
  });
});
