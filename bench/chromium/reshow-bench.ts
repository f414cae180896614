// Listings shown again in the same tab (a feed that re-renders or virtualises its list, a
// search the user comes back to): the tab remembers their pills (lib/content/pill-cache.ts), so
// the band should be there in the frame that shows them, with no second frame painted for it.
// Each run: the tiles inserted and banded, the list cleared, then the same tiles inserted again
// one at a time, traced.
import type { Figure } from '../figures';
import { median, percentile } from '../figures';
import { openSettled, paintsPerTile, type FeedOptions } from './feed-bench';
import { CLEAR_TILES, INSERT_TILES } from './in-page';
import { markThread, traced } from './trace';
import type { TilePage } from './tile-pages';

interface Inserted {
  latencies: number[];
  missing: number;
}

export async function benchReshow(page: TilePage, options: FeedOptions): Promise<Figure[]> {
  const section = `Chromium: ${page.name}, ${options.tiles} listings shown again in the same tab, one at a time`;
  const tiles = page.tiles(options.tiles);
  const tab = await openSettled(() => options.openUrl(page.url));
  const insert = (settleFrames: number) =>
    tab.evaluate(`(${INSERT_TILES})(${JSON.stringify({ tiles, batch: 1, gapMs: 30, waitBadge: true, timeoutMs: 3000, settleFrames })})`) as Promise<Inserted>;
  await insert(0);
  await tab.evaluate(CLEAR_TILES);
  const cdp = await options.context.newCDPSession(tab);
  const { result, events } = await traced(cdp, () => insert(2));
  await tab.close();
  const thread = markThread(events, 'giglens-bench-insert');
  return [
    { section, name: 'insertion → risk band, re-shown listing, p50', value: median(result.latencies), unit: 'ms' },
    { section, name: 'insertion → risk band, re-shown listing, p95', value: percentile(result.latencies, 95), unit: 'ms', goal: { op: '<=', value: 16 } },
    {
      section,
      name: 'frames painted per re-shown listing',
      value: thread ? paintsPerTile(events, thread) : null,
      unit: '',
      note: 'one: the band is painted with the tile; a new listing takes two (its band comes back from the background)',
    },
    { section, name: 're-shown listings left without a band', value: result.missing, unit: '', goal: { op: '==', value: 0 } },
  ];
}
