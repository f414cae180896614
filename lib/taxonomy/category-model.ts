// The learned half of the category classifier: multinomial logistic regression over hashed word
// unigrams, bigrams and character 3–5-grams of a listing's stemmed title and skills, predicting
// Upwork's 12 top levels. Trained by scripts/train-category.ts on ../shared/datasets; kept as
// data in category-model-data.ts. It runs inside the labeller whenever the phrase rules are not
// decisive, from a cache of what each word adds (see predictTops).
import { UPWORK_TOP_CATEGORIES } from '../model/label';
import { bigramBucket, charGrams, featuresOf, finish, MAX_FEATURES, newFeatures, normaliser, SKILL_VALUE, TUNE, wordHash, type Features } from './model-features';
import { BREAK_ID, stemOf, type Tokens } from './stem-ids';

export { BUCKET_BITS, featuresOf, newFeatures, normaliser, TUNE, type Features } from './model-features';

export const TOPS = UPWORK_TOP_CATEGORIES.length;

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

/** The row of a bucket's weights, or -1 when the model kept no weights for it. */
function rowOf(model: CategoryModel, bucket: number): number {
  const { keys, mask } = model;
  const key = bucket + 1;
  let slot = bucket & mask;
  while (keys[slot] !== 0 && keys[slot] !== key) slot = (slot + 1) & mask;
  return keys[slot] === 0 ? -1 : model.rows[slot]!;
}

function addRow(model: CategoryModel, row: number, value: number, out: Float64Array | Int32Array): void {
  const at = row * TOPS;
  for (let t = 0; t < TOPS; t++) out[t]! += model.weights[at + t]! * value;
}

/** What one word adds, whatever its neighbours: its unigram's and character pieces' weights
 *  summed, how many features they are, and its hash for the bigrams. */
interface WordVector {
  sums: Int32Array;
  count: number;
  hash: number;
}

const WORD_CACHE_LIMIT = 50_000;
const wordCaches = new WeakMap<CategoryModel, Map<number, WordVector>>();
let gramBuffer = new Int32Array(64);

function vectorOf(model: CategoryModel, cache: Map<number, WordVector>, id: number): WordVector {
  let v = cache.get(id);
  if (v) return v;
  if (cache.size > WORD_CACHE_LIMIT) cache.clear();
  const word = stemOf(id);
  const hash = wordHash(word);
  const sums = new Int32Array(TOPS);
  let row = rowOf(model, finish(hash));
  if (row >= 0) addRow(model, row, 1, sums);
  if (gramBuffer.length < TUNE.maxN * (word.length + 1)) gramBuffer = new Int32Array(TUNE.maxN * (word.length + 1));
  const grams = charGrams(word, gramBuffer);
  for (let i = 0; i < grams; i++) if ((row = rowOf(model, gramBuffer[i]!)) >= 0) addRow(model, row, 1, sums);
  cache.set(id, (v = { sums, count: 1 + grams, hash }));
  return v;
}

/** Adds one part's weights from the word cache; returns how many features the part has. */
function addPart(model: CategoryModel, cache: Map<number, WordVector>, stems: Tokens, value: number, out: Float64Array): number {
  let previous = 0;
  let count = 0;
  for (let w = 0; w < stems.length; w++) {
    if (stems[w] === BREAK_ID) {
      previous = 0;
      continue;
    }
    const v = vectorOf(model, cache, stems[w]!);
    for (let t = 0; t < TOPS; t++) out[t]! += v.sums[t]! * value;
    count += v.count;
    if (previous !== 0) {
      count++;
      const row = rowOf(model, bigramBucket(previous, v.hash));
      if (row >= 0) addRow(model, row, value, out);
    }
    previous = v.hash | 1;
  }
  return count;
}

let shared: Features | null = null;

/** Sums every feature's weights into `out` one by one, as training reads them: for more
 *  features than the model reads (the rest are cut), or a TUNE the word cache does not assume.
 *  Returns the normaliser. */
function addFeatures(model: CategoryModel, title: Tokens, skills: Tokens, out: Float64Array): number {
  const f = featuresOf((shared ??= newFeatures()), title, skills);
  out.fill(0);
  for (let i = 0; i < f.count; i++) {
    const row = rowOf(model, f.buckets[i]!);
    if (row >= 0) addRow(model, row, f.values[i]!, out);
  }
  return normaliser(f);
}

const defaultTune = (): boolean => TUNE.word === 1 && TUNE.bigram === 1 && TUNE.chars === 1 && TUNE.minN === 3 && TUNE.maxN === 5;

/** Probabilities of the 12 top levels (UPWORK_TOP_CATEGORIES order) into `out`.
 *  Every weight is an int8 and every feature's value 1 or 0.5, so each sum here is exact in any
 *  order: adding a word's cached sum gives the very bits that adding its features one by one
 *  does (and the sum of squares is the count of title features plus a quarter of the skills'). */
export function predictTops(model: CategoryModel, title: Tokens, skills: Tokens, out: Float64Array): Float64Array {
  let norm = -1;
  if (defaultTune()) {
    let cache = wordCaches.get(model);
    if (!cache) wordCaches.set(model, (cache = new Map()));
    out.fill(0);
    const inTitle = addPart(model, cache, title, 1, out);
    const inSkills = addPart(model, cache, skills, SKILL_VALUE, out);
    const squares = inTitle + inSkills * SKILL_VALUE * SKILL_VALUE;
    if (inTitle + inSkills <= MAX_FEATURES) norm = squares > 0 ? 1 / Math.sqrt(squares) : 0;
  }
  if (norm < 0) norm = addFeatures(model, title, skills, out);
  const scale = model.scale * norm;
  let max = -Infinity;
  for (let t = 0; t < TOPS; t++) max = Math.max(max, (out[t] = out[t]! * scale + model.bias[t]!));
  let sum = 0;
  for (let t = 0; t < TOPS; t++) sum += out[t] = Math.exp(out[t]! - max);
  for (let t = 0; t < TOPS; t++) out[t]! /= sum;
  return out;
}
