// Chromium figures: Debian's Chromium with the built extension (.output/chrome-mv3), pages
// built from real saved tiles served over HTTPS by the e2e harness, and the same pages with the
// reference annotator (bench/reference) in a second browser, for the ratio. Nothing may leave
// the machine here either.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Figure } from '../figures';
import { extraPages, leavingRequests, patchSettings, startSession } from '../../tests/e2e/harness';
import { benchColdWorker } from './cold-worker';
import { benchFeed } from './feed-bench';
import { benchHeap } from './heap-bench';
import { benchReference } from './reference';
import { benchReshow } from './reshow-bench';
import { benchSavedPages } from './saved-pages';
import { SOURCES, buildTilePage } from './tile-pages';

/** Issue 14: filters pay from the same budget. Rules that fold and fade a good share of tiles. */
const BENCH_FILTERS = {
  enabled: true,
  upwork: [
    { kind: 'risk', on: true, action: 'fold', level: 'high' },
    { kind: 'verdict-skip', on: true, action: 'fade' },
    { kind: 'hourly-below', on: true, action: 'fade', amount: 20 },
    { kind: 'keywords', on: true, action: 'fold', words: ['data entry', 'logo'] },
  ],
  fiverr: [
    { kind: 'risk', on: true, action: 'fold', level: 'high' },
    { kind: 'rating-below', on: true, action: 'fade', below: 4.9 },
  ],
};

const REFERENCE = join(dirname(fileURLToPath(import.meta.url)), '..', 'reference');

export async function benchChromium(opts: { short: boolean }): Promise<Figure[]> {
  const tiles = opts.short ? 40 : 100;
  const scrollTiles = opts.short ? 300 : 1000;
  const burstTiles = opts.short ? 100 : 200;
  const runs = opts.short ? 1 : 5;
  const pages = SOURCES.map(buildTilePage);
  const [feed, search, category] = pages as [typeof pages[0], typeof pages[0], typeof pages[0]];
  // Each count's page-load URL is its own page: the first-pass runs load `tiles`, the bursts
  // insert `burstTiles` (serving only the larger left the first pass loading a page that was
  // not there, and timing only the script's start).
  const served = pages.flatMap((p) => [...p.serve(tiles), ...p.serve(burstTiles)]);
  for (const [url, html] of served) extraPages.set(url, html);
  const session = await startSession();
  const reference = await startSession({ dist: REFERENCE });
  const figures: Figure[] = [];
  try {
    const options = { context: session.context, extensionId: session.extensionId, openUrl: session.openUrl };
    const refOptions = { context: reference.context, extensionId: '', openUrl: reference.openUrl };
    for (const page of [feed, category]) {
      figures.push(...(await benchFeed(page, { ...options, tiles, loads: opts.short ? 1 : 5 })));
      figures.push(...(await benchHeap(page, { ...options, tiles: scrollTiles, reference: refOptions })));
      figures.push(...(await benchReshow(page, { ...options, tiles })));
    }
    figures.push(...(await benchReference({ page: feed, tiles, batch: 1 }, options, refOptions, runs)));
    figures.push(...(await benchReference({ page: category, tiles, batch: 1 }, options, refOptions, runs)));
    figures.push(...(await benchReference({ page: search, tiles: burstTiles, batch: 10 }, options, refOptions, runs)));
    figures.push(...(await benchSavedPages(options)));
    figures.push(...(await benchColdWorker(feed, session, opts.short ? 2 : 5)));
    const settings = await session.extensionPage('popup.html');
    await patchSettings(settings, { filters: BENCH_FILTERS });
    await settings.close();
    const filtered = 'filters on (fold high risk, fade Skip and low pay)';
    figures.push(...(await benchReference({ page: feed, tiles, batch: 1, label: filtered }, options, refOptions, runs)));
    figures.push(...(await benchReference({ page: category, tiles, batch: 1, label: filtered }, options, refOptions, runs)));
    figures.push(...(await benchReference({ page: search, tiles: burstTiles, batch: 10, label: filtered }, options, refOptions, runs)));
  } finally {
    const leaving = leavingRequests([...(await session.close()), ...(await reference.close())]);
    for (const [url] of served) extraPages.delete(url);
    figures.push({
      section: 'Chromium: privacy',
      name: 'requests leaving the machine during the benchmark',
      value: leaving.length,
      unit: '',
      goal: { op: '==', value: 0 },
      note: leaving.slice(0, 3).join(' ') || undefined,
    });
  }
  return figures;
}
