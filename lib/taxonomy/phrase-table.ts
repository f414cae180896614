// A phrase index (phrases.ts) with words as stem ids (stem-ids.ts), in flat arrays: matching a
// listing reads numbers side by side instead of following an object per phrase, its word list
// and its value. The same phrases in the same order, so matching by id finds exactly what
// matching by stem finds.
// Some words start a hundred phrases ("ai …"): the phrases of two words or more are also found
// by their first two words, so a listing's "ai" is compared only with the phrases whose second
// word follows it.
import type { PhraseIndex } from './phrases';
import { phraseId } from './stem-ids';

export interface PhraseTable<T> {
  /** 1 for the ids some phrase starts with: the one look-up most words of a listing need. */
  starts: Uint8Array;
  /** The phrases starting with the word of id `w` are entries first[w] to first[w + 1] - 1,
   *  longest first as in the index; those of that one word alone start at single[w]. */
  first: Int32Array;
  single: Int32Array;
  /** Per entry: where its other words are in `words`, how many, and its value's index. */
  restAt: Int32Array;
  restLength: Int32Array;
  valueAt: Int32Array;
  words: Int32Array;
  /** Per entry: the phrase as written, for reasons. */
  phrases: string[];
  /** The distinct values (by identity), in order of first use. */
  values: T[];
  /** Longer phrases by their first two words (see `pairRange`). */
  pairs: Pairs;
}

/** (first word, second word) → a run of entries in `entries`, in index order. Open addressing:
 *  per slot the two words + 1 (0: empty), the run's start and end. */
interface Pairs {
  slots: Int32Array;
  mask: number;
  entries: Int32Array;
  /** 1 for the ids that are some longer phrase's second word: most words that follow a
   *  phrase's first word are not, and need no look-up. */
  seconds: Uint8Array;
}

const PAIR_SLOT = 4;
const PAIR_KEY = 2 ** 32;
const pairHash = (a: number, b: number): number => Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) >>> 7;

function buildPairs(restAt: Int32Array, words: Int32Array, heads: readonly [id: number, from: number, to: number][]): Pairs {
  // Keyed by the pair as one number (ids are far below 2^21), not a string: built as a woken
  // service worker starts, where building and splitting strings cost milliseconds.
  const runs = new Map<number, number[]>();
  for (const [id, from, to] of heads) for (let e = from; e < to; e++) {
    const key = id * PAIR_KEY + words[restAt[e]!]!;
    const run = runs.get(key);
    if (run) run.push(e);
    else runs.set(key, [e]);
  }
  let size = 16;
  while (size < runs.size * 2) size *= 2;
  const second = (key: number) => key % PAIR_KEY;
  let maxSecond = 0;
  for (const key of runs.keys()) maxSecond = Math.max(maxSecond, second(key));
  const seconds = new Uint8Array(maxSecond + 1);
  for (const key of runs.keys()) seconds[second(key)] = 1;
  const pairs: Pairs = { slots: new Int32Array(size * PAIR_SLOT), mask: size - 1, entries: new Int32Array([...runs.values()].flat()), seconds };
  let at = 0;
  for (const [key, entries] of runs) {
    const a = Math.floor(key / PAIR_KEY);
    const b = second(key);
    let slot = pairHash(a, b) & pairs.mask;
    while (pairs.slots[slot * PAIR_SLOT] !== 0) slot = (slot + 1) & pairs.mask;
    pairs.slots.set([a + 1, b + 1, at, at + entries.length], slot * PAIR_SLOT);
    at += entries.length;
  }
  return pairs;
}

/** Where in `pairs.entries` the phrases starting with words a, b are: slot * 4 of the run's
 *  slot (its start and end at +2 and +3), or -1. */
function pairRange(pairs: Pairs, a: number, b: number): number {
  const { slots, mask } = pairs;
  for (let slot = pairHash(a, b) & mask; ; slot = (slot + 1) & mask) {
    const at = slot * PAIR_SLOT;
    if (slots[at] === 0) return -1;
    if (slots[at] === a + 1 && slots[at + 1] === b + 1) return at;
  }
}

/** Builds the table, registering every phrase word. */
export function phraseTable<T>(index: PhraseIndex<T>): PhraseTable<T> {
  const heads = [...index].map(([stem, entries]) => ({ id: phraseId(stem), entries }));
  const rests = heads.map(({ entries }) => entries.map((e) => e.rest.map(phraseId)));
  const order = heads.map((_, k) => k).sort((a, b) => heads[a]!.id - heads[b]!.id);
  const size = heads.reduce((n, h) => n + h.entries.length, 0);
  const slots = Math.max(0, ...heads.map((h) => h.id)) + 2;
  const table = {
    first: new Int32Array(slots),
    single: new Int32Array(slots),
    restAt: new Int32Array(size),
    restLength: new Int32Array(size),
    valueAt: new Int32Array(size),
    words: new Int32Array(rests.reduce((n, list) => list.reduce((m, rest) => m + rest.length, n), 0)),
    phrases: [] as string[],
    values: [] as T[],
  };
  const valueIndex = new Map<T, number>();
  const multi: [number, number, number][] = [];
  let e = 0;
  let w = 0;
  let next = 0; // the next id whose `first` and `single` are still to set
  for (const k of order) {
    const { id, entries } = heads[k]!;
    while (next <= id) table.first[next] = table.single[next++] = e;
    const from = e;
    entries.forEach(({ phrase, value }, n) => {
      const rest = rests[k]![n]!;
      if (rest.length) table.single[id] = e + 1;
      table.restAt[e] = w;
      table.restLength[e] = rest.length;
      for (const word of rest) table.words[w++] = word;
      let v = valueIndex.get(value);
      if (v === undefined) valueIndex.set(value, (v = table.values.push(value) - 1));
      table.valueAt[e] = v;
      table.phrases[e++] = phrase;
    });
    multi.push([id, from, table.single[id]!]);
  }
  while (next < slots) table.first[next] = table.single[next++] = e;
  const starts = Uint8Array.from(table.first.subarray(0, slots - 1), (from, id) => (table.first[id + 1]! > from ? 1 : 0));
  return { ...table, starts, pairs: buildPairs(table.restAt, table.words, multi) };
}

// The entries matched at one position, reused (see matchAt).
let matched = new Int32Array(64);

/** Whether a phrase of the table starts with this id (else matchAt finds none). */
export const starts = <T>(table: PhraseTable<T>, id: number): boolean => id < table.starts.length && table.starts[id] === 1;

/** The entries whose phrase is at stems[i] (in index order: longest first) into the buffer
 *  returned by `matches()`; returns how many. */
export function matchAt<T>(table: PhraseTable<T>, stems: readonly number[], i: number): number {
  const word = stems[i]!;
  if (!starts(table, word)) return 0;
  const { restAt, restLength, words } = table;
  let count = 0;
  const next = i + 1 < stems.length ? stems[i + 1]! : -1;
  if (table.single[word]! > table.first[word]! && next >= 0 && next < table.pairs.seconds.length && table.pairs.seconds[next]) {
    const run = pairRange(table.pairs, word, next);
    if (run >= 0) {
      const { slots, entries } = table.pairs;
      for (let k = slots[run + 2]!; k < slots[run + 3]!; k++) {
        const e = entries[k]!;
        const at = restAt[e]!;
        const length = restLength[e]!;
        let j = 1; // the second word matched through the pair
        while (j < length && stems[i + 1 + j] === words[at + j]) j++;
        if (j === length) count = push(count, e);
      }
    }
  }
  for (let e = table.single[word]!; e < table.first[word + 1]!; e++) count = push(count, e);
  return count;
}

function push(count: number, e: number): number {
  if (count === matched.length) {
    const grown = new Int32Array(count * 2);
    grown.set(matched);
    matched = grown;
  }
  matched[count] = e;
  return count + 1;
}

/** The buffer the last `matchAt()` filled. */
export const matches = (): Int32Array => matched;
