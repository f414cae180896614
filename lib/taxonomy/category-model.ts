// The learned half of the category classifier: multinomial logistic regression over hashed word
// unigrams, bigrams and character 3–5-grams of a listing's stemmed title and skills, predicting
// Upwork's 12 top levels. Trained by scripts/train-category.ts on ../shared/datasets; kept as
// data in category-model-data.ts. Pure and allocation-free after the first call: it runs
// inside the labeller whenever the phrase rules are not decisive.
import { UPWORK_TOP_CATEGORIES } from '../model/label';
import { BREAK } from './text';

export const TOPS = UPWORK_TOP_CATEGORIES.length;
/** Features are buckets of a hash this many bits wide. */
export const BUCKET_BITS = 20;
/** The skills list says less than the title ("The title's head outweighs the skills list"). */
const SKILL_VALUE = 0.5;
const MAX_FEATURES = 2048;
export const TUNE = { word: 1, bigram: 1, chars: 1, minN: 3, maxN: 5 };

/** The model as generated: base64 strings so the file stays small and quick to parse. */
export interface CategoryModelData {
  /** Kept buckets, ascending, as LEB128 varints of their differences. */
  buckets: string;
  /** TOPS int8 weights per kept bucket, in the buckets' order. */
  weights: string;
  /** Multiplies every int8 weight. */
  scale: number;
  /** Per top level, already in logit units. */
  bias: readonly number[];
}

export interface CategoryModel {
  /** Open-addressed: slot → bucket + 1 (0 empty), and the bucket's row in `weights`. */
  keys: Int32Array;
  rows: Int32Array;
  mask: number;
  weights: Int8Array;
  scale: number;
  bias: Float64Array;
}

// FNV-1a over char codes, then murmur3's finaliser so every bit of a bucket depends on every input.
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SEED_WORD = 0x57;
const SEED_CHARS = 0x43;
const SPACE = 0x20;

function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> (32 - BUCKET_BITS);
}

/** One listing's features, reused: buckets, and each one's value before normalising. */
export interface Features {
  buckets: Int32Array;
  values: Float64Array;
  count: number;
}

export const newFeatures = (): Features => ({ buckets: new Int32Array(MAX_FEATURES), values: new Float64Array(MAX_FEATURES), count: 0 });

function push(f: Features, bucket: number, value: number): void {
  if (f.count < MAX_FEATURES) (f.buckets[f.count] = bucket), (f.values[f.count++] = value);
}

/** Adds one part's features: each word, each pair of neighbours within a phrase, and the
 *  3–5-character pieces of each word between spaces (" seo ", " logo", "ogo "). */
function addPart(f: Features, stems: readonly string[], value: number): void {
  let previous = 0;
  for (let w = 0; w < stems.length; w++) {
    const word = stems[w]!;
    if (word === BREAK) {
      previous = 0;
      continue;
    }
    const n = word.length;
    let h = Math.imul(FNV_OFFSET ^ SEED_WORD, FNV_PRIME);
    for (let i = 0; i < n; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
    push(f, finish(h), value * TUNE.word);
    if (previous !== 0) push(f, finish(Math.imul(previous ^ 0x2f, FNV_PRIME) ^ h), value * TUNE.bigram);
    previous = h | 1;
    for (let start = -1; start < n; start++) {
      let g = Math.imul(FNV_OFFSET ^ SEED_CHARS, FNV_PRIME);
      for (let k = 0; k < TUNE.maxN && start + k <= n; k++) {
        const at = start + k;
        g = Math.imul(g ^ (at < 0 || at >= n ? SPACE : word.charCodeAt(at)), FNV_PRIME);
        if (k >= TUNE.minN - 1 && TUNE.chars) push(f, finish(g), value * TUNE.chars);
      }
    }
  }
}

/** The features of a title and skills (stemmed words, see text.ts) into `f`. */
export function featuresOf(f: Features, title: readonly string[], skills: readonly string[]): Features {
  f.count = 0;
  addPart(f, title, 1);
  addPart(f, skills, SKILL_VALUE);
  return f;
}

/** Each value divided by the features' length, so long titles do not shout. */
export function normaliser(f: Features): number {
  let sum = 0;
  for (let i = 0; i < f.count; i++) sum += f.values[i]! * f.values[i]!;
  return sum > 0 ? 1 / Math.sqrt(sum) : 0;
}

function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export function loadModel(data: CategoryModelData): CategoryModel {
  const deltas = decodeBase64(data.buckets);
  const buckets: number[] = [];
  for (let i = 0, bucket = 0; i < deltas.length; ) {
    let delta = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = deltas[i++]!;
      delta |= (byte & 0x7f) << shift;
      if (byte < 0x80) break;
    }
    buckets.push((bucket += delta));
  }
  let size = 16;
  while (size < buckets.length * 2) size *= 2;
  const keys = new Int32Array(size);
  const rows = new Int32Array(size);
  buckets.forEach((bucket, row) => {
    let slot = bucket & (size - 1); // as predictTops looks it up
    while (keys[slot] !== 0) slot = (slot + 1) & (size - 1);
    keys[slot] = bucket + 1;
    rows[slot] = row;
  });
  const bytes = decodeBase64(data.weights);
  return {
    keys,
    rows,
    mask: size - 1,
    weights: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length),
    scale: data.scale,
    bias: Float64Array.from(data.bias),
  };
}

let shared: Features | null = null;

/** Probabilities of the 12 top levels (UPWORK_TOP_CATEGORIES order) into `out`. */
export function predictTops(model: CategoryModel, title: readonly string[], skills: readonly string[], out: Float64Array): Float64Array {
  const f = featuresOf((shared ??= newFeatures()), title, skills);
  out.fill(0);
  const { keys, rows, mask, weights } = model;
  for (let i = 0; i < f.count; i++) {
    const key = f.buckets[i]! + 1;
    let slot = (key - 1) & mask;
    while (keys[slot] !== 0 && keys[slot] !== key) slot = (slot + 1) & mask;
    if (keys[slot] === 0) continue;
    const value = f.values[i]!;
    const at = rows[slot]! * TOPS;
    for (let t = 0; t < TOPS; t++) out[t]! += weights[at + t]! * value;
  }
  const scale = model.scale * normaliser(f);
  let max = -Infinity;
  for (let t = 0; t < TOPS; t++) max = Math.max(max, (out[t] = out[t]! * scale + model.bias[t]!));
  let sum = 0;
  for (let t = 0; t < TOPS; t++) sum += out[t] = Math.exp(out[t]! - max);
  for (let t = 0; t < TOPS; t++) out[t]! /= sum;
  return out;
}
