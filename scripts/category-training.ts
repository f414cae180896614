// Training for the category model (lib/taxonomy/category-model.ts): multinomial logistic
// regression fitted by AdaGrad over a fixed seeded order, then pruned and quantised to int8.
// Deterministic: the same rows give the same bytes (no Math.random, no clock, no Map order
// that depends on anything but the rows).
import { UPWORK_TOP_CATEGORIES } from '../lib/model/label';
import { featuresOf, newFeatures, normaliser, TOPS, type CategoryModelData } from '../lib/taxonomy/category-model';
import { listingWords } from '../lib/taxonomy/listing-words';

export interface LabelledRow {
  title: string;
  skills?: readonly string[];
  category: string;
}

interface Example {
  /** Indexes into the training vocabulary, and each one's normalised value. */
  features: Int32Array;
  values: Float64Array;
  top: number;
}

export const SETTINGS = {
  /** Buckets seen in fewer training rows are dropped: they are mostly one title's noise. */
  minRows: 2,
  epochs: 12,
  rate: 0.3,
  l2: 2e-5,
  /** Quantised weights at or below this many steps are pruned (the int8 step is max |w| / 127). */
  pruneSteps: 1,
  /** At most this many buckets are kept, those with the largest weights (sum of |w|). */
  keep: 4000,
  seed: 0x9e3779b9,
  /** Quantisation steps each side of zero: fewer steps compress better. */
  levels: 127,
  l1: 0,
};

/** mulberry32: a fixed stream of numbers for the training order. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const topIndex = (category: string): number => (UPWORK_TOP_CATEGORIES as readonly string[]).indexOf(category);

/** Each row's buckets (deduplicated, values summed) with the vocabulary they index. */
function examples(rows: readonly LabelledRow[]): { examples: Example[]; buckets: number[] } {
  const f = newFeatures();
  const perRow = rows.map((row) => {
    const w = listingWords({ title: row.title, skills: row.skills ?? [] });
    featuresOf(f, w.title, w.skills);
    const norm = normaliser(f);
    const sums = new Map<number, number>();
    for (let i = 0; i < f.count; i++) sums.set(f.buckets[i]!, (sums.get(f.buckets[i]!) ?? 0) + f.values[i]! * norm);
    return sums;
  });
  const seen = new Map<number, number>();
  for (const sums of perRow) for (const bucket of sums.keys()) seen.set(bucket, (seen.get(bucket) ?? 0) + 1);
  const buckets = [...seen].filter(([, n]) => n >= SETTINGS.minRows).map(([b]) => b).sort((a, b) => a - b);
  const index = new Map(buckets.map((b, i) => [b, i]));
  return {
    buckets,
    examples: perRow.map((sums, r) => {
      const kept = [...sums].filter(([b]) => index.has(b));
      return {
        features: Int32Array.from(kept, ([b]) => index.get(b)!),
        values: Float64Array.from(kept, ([, v]) => v),
        top: topIndex(rows[r]!.category),
      };
    }),
  };
}

export interface Trained {
  buckets: number[];
  weights: Float64Array;
  bias: Float64Array;
}

export function train(rows: readonly LabelledRow[]): Trained {
  const { examples: all, buckets } = examples(rows.filter((r) => topIndex(r.category) >= 0));
  const weights = new Float64Array(buckets.length * TOPS);
  const squares = new Float64Array(buckets.length * TOPS).fill(1e-8);
  const bias = new Float64Array(TOPS);
  const biasSquares = new Float64Array(TOPS).fill(1e-8);
  const p = new Float64Array(TOPS);
  const next = random(SETTINGS.seed);
  const order = all.map((_, i) => i);
  const { rate, l2, l1 } = SETTINGS;
  for (let epoch = 0; epoch < SETTINGS.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const e of order) {
      const { features, values, top } = all[e]!;
      p.set(bias);
      for (let k = 0; k < features.length; k++) {
        const at = features[k]! * TOPS;
        for (let t = 0; t < TOPS; t++) p[t]! += weights[at + t]! * values[k]!;
      }
      let max = -Infinity;
      for (let t = 0; t < TOPS; t++) max = Math.max(max, p[t]!);
      let sum = 0;
      for (let t = 0; t < TOPS; t++) sum += p[t] = Math.exp(p[t]! - max);
      for (let t = 0; t < TOPS; t++) {
        const g = p[t]! / sum - (t === top ? 1 : 0);
        biasSquares[t]! += g * g;
        bias[t]! -= (rate * g) / Math.sqrt(biasSquares[t]!);
        for (let k = 0; k < features.length; k++) {
          const at = features[k]! * TOPS + t;
          const grad = g * values[k]! + l2 * weights[at]!;
          squares[at]! += grad * grad;
          const step = rate / Math.sqrt(squares[at]!);
          const w = weights[at]! - step * grad;
          // L1 as a proximal step: weights that do not earn their keep become exactly zero.
          weights[at] = w > step * l1 ? w - step * l1 : w < -step * l1 ? w + step * l1 : 0;
        }
      }
    }
  }
  return { buckets, weights, bias };
}

const toBase64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

/** Prunes and quantises: int8 weights with one scale, buckets as varint differences. */
export function quantise(model: Trained): CategoryModelData {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max / SETTINGS.levels;
  const mass = model.buckets.map((_, row) => {
    let sum = 0;
    for (let t = 0; t < TOPS; t++) sum += Math.abs(model.weights[row * TOPS + t]!);
    return sum;
  });
  const ranked = mass.map((_, row) => row).sort((a, b) => mass[b]! - mass[a]! || a - b);
  const kept = new Set(ranked.slice(0, SETTINGS.keep));
  const deltas: number[] = [];
  const weights: number[] = [];
  let last = 0;
  model.buckets.forEach((bucket, row) => {
    if (!kept.has(row)) return;
    const q = Array.from({ length: TOPS }, (_, t) => Math.round(model.weights[row * TOPS + t]! / scale));
    const pruned = q.map((v) => (Math.abs(v) <= SETTINGS.pruneSteps ? 0 : v));
    if (pruned.every((v) => v === 0)) return;
    for (let d = bucket - last; ; d >>>= 7) {
      if (d < 0x80) {
        deltas.push(d);
        break;
      }
      deltas.push((d & 0x7f) | 0x80);
    }
    last = bucket;
    weights.push(...pruned.map((v) => v & 0xff));
  });
  return {
    buckets: toBase64(Uint8Array.from(deltas)),
    weights: toBase64(Uint8Array.from(weights)),
    scale: Number(scale.toPrecision(6)),
    bias: Array.from(model.bias, (b) => Number(b.toFixed(4))),
  };
}
