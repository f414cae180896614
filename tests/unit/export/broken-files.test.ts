// A corrupt, foreign, newer or inconsistent file is refused with a clear reason, and nothing in
// the database changes; a write failing midway leaves nothing half-imported.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { exportFile } from '@/lib/export/export-json';
import { importExport } from '@/lib/export/import-json';
import type { ExportFile } from '@/lib/export/export-schema';
import { NOW } from '../trends/helpers';
import { dump, freshDatabase, realHistory } from './history';

afterEach(() => vi.restoreAllMocks());

type Breaker = (file: ExportFile, text: string) => string;
const edit = (change: (f: ExportFile) => void): Breaker => (file) => {
  const copy = structuredClone(file);
  change(copy);
  return JSON.stringify(copy);
};

const CASES: [string, Breaker, RegExp][] = [
  ['truncated JSON', (_f, text) => text.slice(0, Math.floor(text.length / 2)), /^The file is not valid JSON; it may be cut short or damaged/],
  ['an empty file', () => '', /^The file is not valid JSON/],
  ['a foreign JSON file', () => JSON.stringify({ name: 'giglens', version: '0.1.0' }), /^This is not a GigLens export: it lacks "format": "giglens-export"\.$/],
  ['a JSON array', () => '[1,2,3]', /^This is not a GigLens export/],
  ['a newer version', edit((f) => ((f as { version: number }).version = 2)), /^This export was made by a newer GigLens \(format version 2\); this one reads version 1\./],
  ['a version as text', edit((f) => ((f as { version: unknown }).version = '1')), /^This export has an unknown format version \("1"\)\.$/],
  [
    'an invalid listing inside (negative pay)',
    edit((f) => {
      const l = f.listings[7]!;
      l.pay = { type: 'fixed', amount: -5, currency: 'USD' };
    }),
    /^The file is damaged: listings 7 \(upwork:~\w+\) pay\.amount: Too small/,
  ],
  ['a listing with an http URL', edit((f) => (f.listings[3]!.url = 'http://www.upwork.com/jobs/~01')), /^The file is damaged: listings 3 \(upwork:~\w+\) url/],
  ['a listing with an unknown field', edit((f) => ((f.listings[0] as Record<string, unknown>)['hourlyRate'] = 5)), /^The file is damaged: listings 0 .*Unrecognized key: "hourlyRate"/],
  ['a listing seen before it was first seen', edit((f) => (f.listings[2]!.lastSeenAt = '2001-01-01T00:00:00.000Z')), /^The file is damaged: listings 2 .*lastSeenAt is before firstSeenAt/],
  ['the same listing twice', edit((f) => f.listings.push(f.listings[5]!)), /^The file is damaged: it lists upwork:~\w+ twice\.$/],
  ['other histogram bins', edit((f) => ((f.aggregates.bins as { perDecade: number }).perDecade = 10)), /^The file is damaged: aggregates\.bins\.perDecade/],
  ['a week that is not a Monday', edit((f) => (f.aggregates.records[0]!.week = '2026-08-05')), /not the Monday of a week/],
  [
    'aggregates that do not add up with the listings',
    edit((f) => {
      for (const r of f.aggregates.records) if (r.scope === 'platform:upwork') r.seen = 1;
    }),
    /^The file is damaged: its aggregates do not add up with its listings \(platform:upwork, week of \d{4}-\d{2}-\d{2}\)\.$/,
  ],
  ['no listings field', edit((f) => delete (f as Partial<ExportFile>).listings), /^The file is damaged: listings: /],
];

describe('importing a broken file', () => {
  test.each(CASES)('%s is refused and changes nothing', async (_name, breakFile, reason) => {
    const source = await realHistory();
    const file = await exportFile(source, NOW);
    const target = await freshDatabase();
    // The target already holds a history of its own that must survive untouched.
    await importExport(target, JSON.stringify({ ...file, listings: file.listings.slice(0, 10), aggregates: { ...file.aggregates, records: [] }, origin: 'other' }), { now: NOW });
    const before = await dump(target);
    const result = await importExport(target, breakFile(file, JSON.stringify(file)), { now: NOW });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
    expect(await dump(target)).toEqual(before);
  });

  test('a write failing midway (full disk) imports nothing', async () => {
    const source = await realHistory();
    const file = await exportFile(source, NOW);
    const target = await freshDatabase();
    const before = await dump(target);
    const { put, add } = IDBObjectStore.prototype;
    const victim = file.listings[25]!;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value, key) {
      if (this.name !== 'listings' || (value as { id?: string }).id !== victim.id) return put.call(this, value, key);
      // A duplicate add fails asynchronously like a full disk; it reports the quota error.
      const first = file.listings[0]!;
      const request = add.call(this, { ...value as object, id: first.id });
      let failed: unknown = null;
      Object.defineProperty(request, 'error', {
        get: () => (failed ? new DOMException('Quota exceeded.', 'QuotaExceededError') : null),
        set: (error: unknown) => (failed = error),
      });
      return request;
    });
    const result = await importExport(target, JSON.stringify(file), { now: NOW });
    vi.restoreAllMocks();
    expect(result).toEqual({ ok: false, reason: 'Your disk is full: nothing was imported, and everything stored before is safe.' });
    expect(await dump(target)).toEqual(before);
  });
});
