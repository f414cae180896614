// GigLens against a reference annotator (bench/reference: find each tile, read its title,
// insert a fixed-size static pill) on the same page in the same run: main-thread time added
// per listing (script plus style, layout and paint) over the same run without any annotator,
// as a ratio. Absolute times vary from machine to machine; the ratio holds. Also the burst
// case: tiles arriving ten at a time, as a feed's "load more" brings them.
import type { Figure } from '../figures';
import { median, percentile } from '../figures';
import { insertRun, type FeedOptions } from './feed-bench';
import type { TilePage } from './tile-pages';

type RunOptions = Pick<FeedOptions, 'context' | 'extensionId' | 'openUrl'>;
// Each insertion is rendered (two frames) before the next in all four runs: without it a run
// that waits for GigLens's band renders one insertion per frame while the others render two or
// three per frame on a heavy page, and the difference is the batching, not the annotator.
const SETTLE_FRAMES = 2;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

export interface ReferenceCase {
  page: TilePage;
  tiles: number;
  batch: number;
  /** Said in the section's name ("filters on"). */
  label?: string;
}

export async function benchReference(
  c: ReferenceCase,
  gigLens: RunOptions,
  reference: RunOptions,
  runs: number,
): Promise<Figure[]> {
  const section = `Chromium vs reference: ${c.page.name}, ${c.tiles} tiles ${c.batch === 1 ? 'one at a time' : `${c.batch} at a time`}, median of ${runs} run(s)${c.label ? `, ${c.label}` : ''}`;
  const tiles = c.page.tiles(c.tiles);
  const added = { gl: [] as number[], ref: [] as number[], glRender: [] as number[], refRender: [] as number[] };
  const latencies: number[] = [];
  const frames: number[] = [];
  const paints = { gl: [] as number[], ref: [] as number[] };
  let longByGigLens = 0;
  let missing = 0;
  for (let run = 0; run < runs; run++) {
    const gl = await insertRun(gigLens, c.page.url, tiles, true, c.batch, SETTLE_FRAMES);
    const glBase = await insertRun(gigLens, c.page.baselineUrl, tiles, false, c.batch, SETTLE_FRAMES);
    const ref = await insertRun(reference, c.page.url, tiles, false, c.batch, SETTLE_FRAMES);
    const refBase = await insertRun(reference, c.page.baselineUrl, tiles, false, c.batch, SETTLE_FRAMES);
    added.gl.push((sum(gl.busy) - sum(glBase.busy)) / c.tiles);
    added.ref.push((sum(ref.busy) - sum(refBase.busy)) / c.tiles);
    added.glRender.push((sum(gl.rendering) - sum(glBase.rendering)) / c.tiles);
    added.refRender.push((sum(ref.rendering) - sum(refBase.rendering)) / c.tiles);
    paints.gl.push(gl.paintsPerTile);
    paints.ref.push(ref.paintsPerTile);
    latencies.push(...gl.result.latencies);
    frames.push(...ref.result.frames);
    longByGigLens += gl.long.byExtension;
    missing += gl.result.missing;
  }
  const gl = median(added.gl);
  const ref = median(added.ref);
  const note = 'thread time of every main-thread task per tile, minus the same run without any annotator';
  return [
    { section, name: 'main-thread time added per listing, GigLens', value: gl, unit: 'ms', note },
    { section, name: 'main-thread time added per listing, reference annotator', value: ref, unit: 'ms', note },
    {
      section,
      name: 'GigLens / reference, main-thread time added per listing',
      value: ref > 0 ? gl / ref : null,
      unit: '×',
      goal: { op: '<=', value: 1.5 },
      note: `runs: GigLens ${added.gl.map((v) => v.toFixed(2)).join(', ')} ms; reference ${added.ref.map((v) => v.toFixed(2)).join(', ')} ms`,
    },
    { section, name: 'style, layout and paint added per listing, GigLens', value: median(added.glRender), unit: 'ms' },
    { section, name: 'style, layout and paint added per listing, reference annotator', value: median(added.refRender), unit: 'ms' },
    {
      section,
      name: 'frames painted per listing, GigLens',
      value: median(paints.gl),
      unit: '',
      note: "GigLens's band comes back from the background after the insertion's frame and is painted in one more",
    },
    { section, name: 'frames painted per listing, reference annotator', value: median(paints.ref), unit: '' },
    { section, name: 'insertion → risk band on the badge, p95', value: percentile(latencies, 95), unit: 'ms', goal: { op: '<=', value: 16 } },
    { section, name: 'insertion → risk band on the badge, p50', value: median(latencies), unit: 'ms' },
    {
      section,
      name: "insertion → end of the page's next frame, reference annotator, p95",
      value: percentile(frames, 95),
      unit: 'ms',
      note: 'the floor for a band labelled in the background: its reply is applied after the frame the insertion started',
    },
    { section, name: 'tiles left without a band', value: missing, unit: '', goal: { op: '==', value: 0 } },
    { section, name: 'long tasks (>50 ms) caused by GigLens code', value: longByGigLens, unit: '', goal: { op: '==', value: 0 } },
  ];
}
