// Code the benchmarks run in the page's main world (through CDP, which the fixture pages' CSP
// does not block). Kept as source text so no build tool rewrites it on its way to the page.

/** Inserts tiles into `[data-giglens-bench]`, `batch` per task like a feed loading more, with
 *  a user-timing mark before each insertion (the trace's clock), and waits for each tile's
 *  risk band (\`data-giglens-risk\`, set with the pill's words): \`latencies\` are milliseconds
 *  from insertion to band; \`missing\` tiles got none. With \`waitBadge\` false nothing is
 *  awaited (the runs without an annotator, or with the reference one). */
export const INSERT_TILES = `async ({ tiles, batch, gapMs, waitBadge, timeoutMs, settleFrames = 0 }) => {
  const container = document.querySelector('[data-giglens-bench]');
  if (!container) throw new Error('no [data-giglens-bench] container');
  const latencies = [];
  const frames = [];
  let missing = 0;
  const banded = (item) => item.hasAttribute('data-giglens-risk') || item.querySelector('[data-giglens-risk]');
  const badgeOf = (item) => new Promise((resolve) => {
    if (banded(item)) return resolve(performance.now());
    const timer = setTimeout(() => { observer.disconnect(); resolve(NaN); }, timeoutMs);
    const observer = new MutationObserver(() => {
      if (!banded(item)) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(performance.now());
    });
    observer.observe(item, { attributes: true, attributeFilter: ['data-giglens-risk'], subtree: true });
  });
  for (let i = 0; i < tiles.length; i += batch) {
    const template = document.createElement('template');
    template.innerHTML = tiles.slice(i, i + batch).join('');
    const items = [...template.content.children];
    const badges = waitBadge ? Promise.all(items.map(badgeOf)) : null;
    performance.mark('giglens-bench-insert');
    const start = performance.now();
    container.append(...items);
    if (badges) for (const at of await badges) Number.isNaN(at) ? missing++ : latencies.push(at - start);
    // Every run, with or without an annotator, lets the page render each insertion (and what
    // the annotator did to it) before the next: the same frames to compare, tile by tile.
    // \`frames\`: insertion → the end of the page's next frame (a task after its rAF), the
    // floor for any band that must come back from another process.
    if (settleFrames) {
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      frames.push(performance.now() - start);
    }
    for (let f = 1; f < settleFrames; f++) await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => setTimeout(resolve, gapMs));
  }
  performance.mark('giglens-bench-end');
  return { latencies, frames, missing };
}`;

/** Counts long tasks (over 50 ms) the page sees, from the page's start. */
export const OBSERVE_LONG_TASKS = `(() => {
  window.__giglensLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__giglensLongTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
})()`;

/** Waits until `count` listings show their risk band; resolves with performance.now() then. */
export const WAIT_FOR_BADGES = `async ({ count, timeoutMs }) => {
  const start = performance.now();
  while (document.querySelectorAll('[data-giglens-risk]').length < count) {
    if (performance.now() - start > timeoutMs) return NaN;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return performance.now();
}`;

/** Removes every tile from the container (a feed re-rendering or virtualising its list). */
export const CLEAR_TILES = `(() => { document.querySelector('[data-giglens-bench]').replaceChildren(); })()`;
