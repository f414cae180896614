// Storage figures from bench/trends.ts (the trends area's benchmark): a trend query and the
// popup's first load and the pivot plan with 10,000 and 100,000 stored listings, bytes per listing;
// from bench/storage-pages.ts the bytes per listing and relabel agreement on the saved pages.
import { compactDescription } from '../lib/db/description-words';
import { useDescriptionCompactor } from '../lib/db/listing-pack';
import type { Figure } from './figures';
import type { PageStorage } from './storage-pages';

type TrendsBench = (o: { short: boolean }) => Promise<Record<string, number>>;
type Optional = <T>(file: string, exported: string) => Promise<T | null>;

/** What each key of benchTrends' result is: `trendQueryMs@100k` → name, unit, goal. */
const KNOWN: Record<string, { name: string; unit: string; goalMs?: number }> = {
  trendQueryMs: { name: 'trend query (52 weeks, one category)', unit: 'ms', goalMs: 150 },
  popupLoadMs: { name: 'popup first-render reads', unit: 'ms' },
  popupViewMs: { name: 'popup first render (reads and figures)', unit: 'ms', goalMs: 150 },
  planOpenMs: { name: 'pivot plan opens (skill aggregates, trends, plan)', unit: 'ms', goalMs: 150 },
  popupCountsRecentMs: { name: 'popup counts and 50 recent listings', unit: 'ms' },
  batchTrendLabelsMs: { name: 'trend labels for a 50-listing batch', unit: 'ms' },
  writeBatch500Ms: { name: 'writing a 500-listing batch', unit: 'ms' },
  bytesPerListing: { name: 'bytes stored per listing', unit: 'B' },
  aggregateBytesPerListing: { name: 'aggregate bytes per listing', unit: 'B' },
  aggregateRecords: { name: 'aggregate records', unit: '' },
  skillWeekRecords: { name: 'skill aggregate records', unit: '' },
};

const BYTES_GOAL = 600;
const MB_PER_100K = (bytes: number) => Math.round((bytes * 100_000) / 1e5) / 10;

/** Bytes per listing and relabel agreement on the real saved pages (bench/storage-pages.ts). */
async function pageFigures(section: string, optional: Optional): Promise<Figure[]> {
  const bench = await optional<() => Promise<PageStorage>>('storage-pages.ts', 'benchPageStorage');
  if (!bench) return [];
  const r = await bench();
  const n = `${r.listings} listings of the saved pages`;
  return [
    { section, name: `bytes stored per listing, v3 (before) @ ${n}`, value: Math.round(r.bytesBefore), unit: 'B' },
    { section, name: `bytes stored per listing @ ${n}`, value: Math.round(r.bytesAfter), unit: 'B', goal: { op: '<=', value: BYTES_GOAL } },
    { section, name: `MB per 100,000 listings @ ${n}`, value: MB_PER_100K(r.bytesAfter), unit: 'MB', goal: { op: '<=', value: 60 } },
    { section, name: 'relabel from stored = label from the page (built-in rules)', value: r.relabelSame * 100, unit: '%' },
    { section, name: 'relabel from stored, same risk band', value: r.relabelSameBand * 100, unit: '%' },
    { section, name: 'relabel from stored = from the page, each built-in rule off in turn', value: r.relabelSameRuleOff * 100, unit: '%' },
  ];
}

export async function storageFigures(short: boolean, optional: Optional): Promise<Figure[]> {
  const section = 'Storage (Node + fake-indexeddb; Chromium IndexedDB differs in absolute times)';
  // As the background does (lib/background/start.ts).
  useDescriptionCompactor(compactDescription);
  const pages = await pageFigures(section, optional);
  const bench = await optional<TrendsBench>('trends.ts', 'benchTrends');
  if (!bench) return [...pages, { section, name: 'trend query and popup load', value: null, unit: 'ms', note: 'bench/trends.ts not found' }];
  const result = await bench({ short });
  const mb = Object.entries(result).flatMap(([key, value]): Figure[] => {
    const [metric, size = ''] = key.split('@');
    if (metric !== 'bytesPerListing') return [];
    return [{ section, name: `MB per 100,000 listings @ ${size.replace('k', ',000')} generated listings`, value: MB_PER_100K(value), unit: 'MB', goal: { op: '<=', value: 60 } }];
  });
  const generated = Object.entries(result).map(([key, value]): Figure => {
    const [metric = key, size = ''] = key.split('@');
    const known = KNOWN[metric];
    return {
      section,
      name: `${known?.name ?? metric} @ ${size.replace('k', ',000')} listings`,
      value,
      unit: known?.unit ?? '',
      goal:
        known?.goalMs !== undefined ? { op: '<=', value: known.goalMs }
        : metric === 'bytesPerListing' ? { op: '<=', value: BYTES_GOAL } : undefined,
    };
  });
  return [...pages, ...generated, ...mb];
}
