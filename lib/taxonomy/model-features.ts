// The features the category model (category-model.ts) reads: hashed word unigrams, bigrams and
// character 3–5-grams of a listing's stemmed title and skills. Shared by training
// (scripts/category-training.ts) and prediction, so both hash alike.
import { BREAK_ID, stemOf, type Tokens } from './stem-ids';

/** Features are buckets of a hash this many bits wide. */
export const BUCKET_BITS = 20;
/** The skills list says less than the title ("The title's head outweighs the skills list"). */
export const SKILL_VALUE = 0.5;
export const MAX_FEATURES = 2048;
export const TUNE = { word: 1, bigram: 1, chars: 1, minN: 3, maxN: 5 };

// FNV-1a over char codes, then murmur3's finaliser so every bit of a bucket depends on every input.
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SEED_WORD = 0x57;
const SEED_CHARS = 0x43;
const SPACE = 0x20;

export function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> (32 - BUCKET_BITS);
}

/** A word's hash before finishing: its unigram's bucket is finish(wordHash), and its bigrams
 *  mix it with the previous word's. */
export function wordHash(word: string): number {
  let h = Math.imul(FNV_OFFSET ^ SEED_WORD, FNV_PRIME);
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
}

/** The bigram bucket of a word after another (`previous`: the earlier word's hash | 1). */
export const bigramBucket = (previous: number, h: number): number => finish(Math.imul(previous ^ 0x2f, FNV_PRIME) ^ h);

/** The 3–5-character pieces of a word between spaces (" seo ", " logo", "ogo "), in order,
 *  into `out`; returns how many. */
export function charGrams(word: string, out: Int32Array): number {
  const n = word.length;
  let count = 0;
  for (let start = -1; start < n; start++) {
    let g = Math.imul(FNV_OFFSET ^ SEED_CHARS, FNV_PRIME);
    for (let k = 0; k < TUNE.maxN && start + k <= n; k++) {
      const at = start + k;
      g = Math.imul(g ^ (at < 0 || at >= n ? SPACE : word.charCodeAt(at)), FNV_PRIME);
      if (k >= TUNE.minN - 1 && TUNE.chars) out[count++] = finish(g);
    }
  }
  return count;
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

let grams = new Int32Array(64);

/** Adds one part's features: each word, each pair of neighbours within a phrase, and the
 *  3–5-character pieces of each word. */
function addPart(f: Features, stems: Tokens, value: number): void {
  let previous = 0;
  for (let w = 0; w < stems.length; w++) {
    if (stems[w] === BREAK_ID) {
      previous = 0;
      continue;
    }
    const word = stemOf(stems[w]!);
    const h = wordHash(word);
    push(f, finish(h), value * TUNE.word);
    if (previous !== 0) push(f, bigramBucket(previous, h), value * TUNE.bigram);
    previous = h | 1;
    if (grams.length < TUNE.maxN * (word.length + 1)) grams = new Int32Array(TUNE.maxN * (word.length + 1));
    const count = charGrams(word, grams);
    for (let i = 0; i < count; i++) push(f, grams[i]!, value * TUNE.chars);
  }
}

/** The features of a title and skills (stem ids, see listing-words.ts) into `f`. */
export function featuresOf(f: Features, title: Tokens, skills: Tokens): Features {
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
