// Chromium's trace of the page's renderer: which slices of the main thread ran GigLens code,
// which tasks ran long, and where the benchmark's marks fall.
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, µs: what the work cost, whatever else the machine was doing. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string }; chrome_mojo_event_info?: { mojo_interface_tag?: string } };
}

const CATEGORIES = ['devtools.timeline', 'toplevel', 'blink.user_timing'];

export async function traced<T>(cdp: CDPSession, body: () => Promise<T>): Promise<{ result: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: object[] }) => void events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  try {
    const result = await body();
    return { result, events };
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
}

export interface Slice {
  ts: number;
  dur: number;
  tdur: number;
}

const slice = (e: TraceEvent): Slice => ({ ts: e.ts, dur: e.dur ?? 0, tdur: e.tdur ?? e.dur ?? 0 });

/** A message from the extension's own processes to the page's thread (the port's replies):
 *  its task runs only GigLens code (the bindings' dispatch, then our listener), but no slice
 *  in it names a script URL. Only GigLens is installed in the benchmark's browser. */
const extensionIpc = (e: TraceEvent) =>
  e.name === 'Receive mojo message' && !!e.args?.chrome_mojo_event_info?.mojo_interface_tag?.startsWith('extensions.mojom.');

/** Outermost slices that ran GigLens on the page's main thread: a script of this extension,
 *  or a message from the extension handled there. */
export function extensionSlices(events: TraceEvent[], extensionId: string): { slices: Slice[]; pid: number; tid: number } | null {
  const prefix = `chrome-extension://${extensionId}/`;
  const scripts = events.filter((e) => e.ph === 'X' && e.args?.data?.url?.startsWith(prefix)).sort((a, b) => a.ts - b.ts);
  if (!scripts.length) return null;
  const { pid, tid } = scripts[0]!;
  const ours = events
    .filter((e) => e.ph === 'X' && e.pid === pid && e.tid === tid && (e.args?.data?.url?.startsWith(prefix) || extensionIpc(e)))
    // An outer slice before the slices it contains that start at the same time.
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const outer: TraceEvent[] = [];
  for (const e of ours) {
    const last = outer.at(-1);
    if (last && e.ts < last.ts + (last.dur ?? 0)) continue;
    outer.push(e);
  }
  return { slices: outer.map(slice), pid, tid };
}

/** The page's main thread: where the benchmark's marks were made. */
export function markThread(events: TraceEvent[], mark: string): { pid: number; tid: number } | null {
  const found = events.find((e) => e.name === mark);
  return found ? { pid: found.pid, tid: found.tid } : null;
}

export const marks = (events: TraceEvent[], name: string): number[] =>
  events.filter((e) => e.name === name).map((e) => e.ts).sort((a, b) => a - b);

/** Top-level tasks of one thread. */
export const tasks = (events: TraceEvent[], thread: { pid: number; tid: number }): Slice[] =>
  events
    .filter((e) => e.ph === 'X' && e.pid === thread.pid && e.tid === thread.tid && e.name === 'ThreadControllerImpl::RunTask')
    .map(slice)
    .sort((a, b) => a.ts - b.ts);

/** Sum of slice time (µs, wall or thread) falling in [from, to). */
export function timeWithin(slices: Slice[], from: number, to: number, key: 'dur' | 'tdur'): number {
  let sum = 0;
  for (const s of slices) if (s.ts >= from && s.ts < to) sum += s[key];
  return sum;
}

/** Tasks over 50 ms; "caused by" the extension when they would not be long without its code. */
export function longTasks(all: Slice[], ours: Slice[]): { total: number; byExtension: number; longestMs: number } {
  let total = 0;
  let byExtension = 0;
  let longest = 0;
  for (const task of all) {
    if (task.dur <= 50_000) continue;
    total++;
    longest = Math.max(longest, task.dur);
    const extension = timeWithin(ours, task.ts, task.ts + task.dur, 'dur');
    if (task.dur - extension <= 50_000) byExtension++;
  }
  return { total, byExtension, longestMs: longest / 1000 };
}

const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'ParseAuthorStyleSheet']);

/** Style, layout and paint slices of one thread: work the badges cause after GigLens's code ran. */
export const renderingSlices = (events: TraceEvent[], thread: { pid: number; tid: number }): Slice[] =>
  events
    .filter((e) => e.ph === 'X' && e.pid === thread.pid && e.tid === thread.tid && RENDERING.has(e.name))
    .map(slice)
    .sort((a, b) => a.ts - b.ts);
