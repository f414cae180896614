// The first tile after the browser stopped GigLens's service worker (it does so after 30 s
// idle, which a user reading a job does all the time): the page's port wakes the worker,
// which loads the background, opens the database and labels. Issue 12 goal: band on the badge
// within 150 ms of the tile's insertion. Each run: a settled page, the worker stopped through
// DevTools' own command, then one tile inserted.
import type { Figure } from '../figures';
import { median } from '../figures';
import { stopWorker, type Session } from '../../tests/e2e/harness';
import { INSERT_TILES } from './in-page';
import type { TilePage } from './tile-pages';

/** The page's one badge shows its Connects verdict (a run in the pill), which only a stored
 *  job has: the background acknowledged the batch as stored. */
const STORED = `document.querySelector('[data-giglens-bench] giglens-badge')?.shadowRoot?.querySelector('button.pill .verdict') != null`;

export async function benchColdWorker(page: TilePage, session: Session, runs: number): Promise<Figure[]> {
  const section = `Chromium: ${page.name}, first tile after the service worker was stopped, ${runs} run(s)`;
  const tiles = page.tiles(runs * 2);
  const latencies: number[] = [];
  let missing = 0;
  for (let run = 0; run < runs; run++) {
    const tab = await session.openUrl(page.url);
    await tab.waitForLoadState('load');
    await tab.waitForTimeout(800);
    // A first tile with the worker running: the page has its port.
    await tab.evaluate(`(${INSERT_TILES})(${JSON.stringify({ tiles: [tiles[run * 2]], batch: 1, gapMs: 0, waitBadge: true, timeoutMs: 3000 })})`);
    // ...and stored: the browser stops a worker after 30 s idle, long after its last batch was
    // acknowledged. Stopped any sooner, the page would rightly resend that batch to the woken
    // worker ahead of the new tile, and the figure would time two batches.
    for (const until = Date.now() + 5000; !(await tab.evaluate(STORED)); await tab.waitForTimeout(20)) {
      if (Date.now() > until) throw new Error('the first tile was never acknowledged as stored');
    }
    await stopWorker(session, tab);
    const { latencies: one, missing: lost } = (await tab.evaluate(
      `(${INSERT_TILES})(${JSON.stringify({ tiles: [tiles[run * 2 + 1]], batch: 1, gapMs: 0, waitBadge: true, timeoutMs: 5000 })})`,
    )) as { latencies: number[]; missing: number };
    latencies.push(...one);
    missing += lost;
    await tab.close();
  }
  return [
    { section, name: 'insertion → risk band, cold worker, median', value: median(latencies), unit: 'ms', goal: { op: '<=', value: 150 } },
    { section, name: 'insertion → risk band, cold worker, worst', value: latencies.length ? Math.max(...latencies) : null, unit: 'ms' },
    { section, name: 'tiles left without a band', value: missing, unit: '', goal: { op: '==', value: 0 } },
  ];
}
