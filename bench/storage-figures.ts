// Storage figures from bench/trends.ts (the trends area's benchmark): a trend query and the
// popup's first load with 10,000 and 100,000 stored listings, and bytes stored per listing.
import type { Figure } from './figures';

type TrendsBench = (o: { short: boolean }) => Promise<Record<string, number>>;
type Optional = <T>(file: string, exported: string) => Promise<T | null>;

/** What each key of benchTrends' result is: `trendQueryMs@100k` → name, unit, goal. */
const KNOWN: Record<string, { name: string; unit: string; goalMs?: number }> = {
  trendQueryMs: { name: 'trend query (52 weeks, one category)', unit: 'ms', goalMs: 150 },
  popupLoadMs: { name: 'popup first-render reads', unit: 'ms' },
  popupViewMs: { name: 'popup first render (reads and figures)', unit: 'ms', goalMs: 150 },
  popupCountsRecentMs: { name: 'popup counts and 50 recent listings', unit: 'ms' },
  batchTrendLabelsMs: { name: 'trend labels for a 50-listing batch', unit: 'ms' },
  writeBatch500Ms: { name: 'writing a 500-listing batch', unit: 'ms' },
  bytesPerListing: { name: 'bytes stored per listing', unit: 'B' },
  aggregateBytesPerListing: { name: 'aggregate bytes per listing', unit: 'B' },
  aggregateRecords: { name: 'aggregate records', unit: '' },
};

export async function storageFigures(short: boolean, optional: Optional): Promise<Figure[]> {
  const section = 'Storage (Node + fake-indexeddb; Chromium IndexedDB differs in absolute times)';
  const bench = await optional<TrendsBench>('trends.ts', 'benchTrends');
  if (!bench) return [{ section, name: 'trend query and popup load', value: null, unit: 'ms', note: 'bench/trends.ts not found' }];
  const result = await bench({ short });
  return Object.entries(result).map(([key, value]) => {
    const [metric = key, size = ''] = key.split('@');
    const known = KNOWN[metric];
    return {
      section,
      name: `${known?.name ?? metric} @ ${size.replace('k', ',000')} listings`,
      value,
      unit: known?.unit ?? '',
      goal: known?.goalMs !== undefined ? { op: '<=', value: known.goalMs } : undefined,
    };
  });
}
