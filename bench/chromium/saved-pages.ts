// Every saved page as it was served (job pages with their embedded state included), loaded
// with GigLens: the longest slice of GigLens code on the main thread (goal: never over 16 ms,
// so never the cause of a long task) and its main-thread time per listing on that first pass.
import type { Figure } from '../figures';
import { manifestUrls } from '../../tests/e2e/harness';
import type { FeedOptions } from './feed-bench';
import { extensionSlices, traced } from './trace';

const SETTLE_MS = 600;

/** Waits until the number of banded listings has not changed for a while. */
const BANDS_SETTLED = `async ({ settleMs, timeoutMs }) => {
  const start = performance.now();
  let last = -1, since = performance.now();
  while (performance.now() - start < timeoutMs) {
    const n = document.querySelectorAll('[data-giglens-risk]').length;
    if (n !== last) { last = n; since = performance.now(); }
    else if (n > 0 && performance.now() - since > settleMs) return n;
    await new Promise((r) => setTimeout(r, 50));
  }
  return last;
}`;

export async function benchSavedPages(options: Pick<FeedOptions, 'context' | 'extensionId'>): Promise<Figure[]> {
  const section = 'Chromium: every saved page, first pass';
  const figures: Figure[] = [];
  let longest = 0;
  let longestThread = 0;
  for (const [url, file] of manifestUrls()) {
    if (file.includes('challenge')) continue;
    const tab = await options.context.newPage();
    const cdp = await options.context.newCDPSession(tab);
    const { result: listings, events } = await traced(cdp, async () => {
      await tab.goto(url, { waitUntil: 'load' });
      return (await tab.evaluate(`(${BANDS_SETTLED})(${JSON.stringify({ settleMs: SETTLE_MS, timeoutMs: 8000 })})`)) as number;
    });
    await tab.close();
    const slices = extensionSlices(events, options.extensionId)?.slices ?? [];
    const max = Math.max(0, ...slices.map((s) => s.dur)) / 1000;
    // Its thread time too: on a shared machine a slice's wall time includes time the thread
    // was not running; the thread time is what GigLens itself cost.
    const maxThread = Math.max(0, ...slices.map((s) => s.tdur)) / 1000;
    const total = slices.reduce((a, s) => a + s.tdur, 0) / 1000;
    longest = Math.max(longest, max);
    longestThread = Math.max(longestThread, maxThread);
    figures.push({
      section,
      name: `${file}: longest GigLens slice`,
      value: max,
      unit: 'ms',
      goal: { op: '<=', value: 16 },
      note: `${listings} listing(s) banded; longest slice's thread time ${maxThread.toFixed(1)} ms; GigLens main-thread time ${total.toFixed(1)} ms, ${(total / Math.max(1, listings)).toFixed(2)} ms per listing`,
    });
  }
  figures.push({ section, name: 'longest GigLens slice on any saved page', value: longest, unit: 'ms', goal: { op: '<=', value: 16 } });
  figures.push({ section, name: 'longest GigLens slice on any saved page, thread time', value: longestThread, unit: 'ms' });
  return figures;
}
