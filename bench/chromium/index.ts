// Chromium figures: Debian's Chromium with the built extension (.output/chrome-mv3), pages
// built from real saved tiles served over HTTPS by the e2e harness. Nothing may leave the
// machine here either.
import type { Figure } from '../figures';
import { extraPages, leavingRequests, startSession } from '../../tests/e2e/harness';
import { benchFeed } from './feed-bench';
import { benchHeap } from './heap-bench';
import { SOURCES, buildTilePage } from './tile-pages';

export async function benchChromium(opts: { short: boolean }): Promise<Figure[]> {
  const tiles = opts.short ? 40 : 100;
  const scrollTiles = opts.short ? 300 : 1000;
  const pages = SOURCES.map(buildTilePage);
  for (const page of pages) for (const [url, html] of page.serve(tiles)) extraPages.set(url, html);
  const session = await startSession();
  const figures: Figure[] = [];
  try {
    const options = { context: session.context, extensionId: session.extensionId, openUrl: session.openUrl };
    for (const page of pages) {
      figures.push(...(await benchFeed(page, { ...options, tiles })));
      figures.push(...(await benchHeap(page, { ...options, tiles: scrollTiles })));
    }
  } finally {
    const leaving = leavingRequests(await session.close());
    for (const page of pages) for (const [url] of page.serve(tiles)) extraPages.delete(url);
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
