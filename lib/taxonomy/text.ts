// Words of a listing as the classifier and the rules see them: entities decoded, lower case,
// crudely stemmed so that "translator", "translating" and "translate" meet on one key.
// Keywords go through the same functions, so the stemmer only has to be consistent.

import { decodeEntities } from './entities';

export { decodeEntities };

// Longest first; the replacement restores the "y" of "entries" and the "iz" of "-ization".
const SUFFIXES: [string, string][] = [
  ['ization', 'iz'], ['isation', 'is'], ['ments', ''], ['ment', ''], ['ings', ''], ['ing', ''],
  ['ions', ''], ['ion', ''], ['ies', 'y'], ['ers', ''], ['er', ''], ['ed', ''], ['es', ''], ['ly', ''],
];
// Doubled final consonants left by "shopping", "planning"; l, s and z double in base words too.
const DOUBLED = /([b-df-hj-kmnp-rtv-xy])\1$/;
// Stems shorter than this collide with other words ("offer" → "off", "coming" → "com").
const MIN = 4;

// Words whose stem is another word: "accounting" is not "account", "hosting" not "host",
// "listing" not "list", "poster" not "post", "theme" not "them".
const KEEP = new Set(
  ('accounting marketing engineering engineer building hosting booking listing training programming ' +
    'housing meeting setting posting clothing shipping banking landscaping recording drawing painting ' +
    'funding trading poster letter banner planner master mastering news series business pricing ' +
    'spring looker setter sticker theme landing reporter scripting chatter notion career trader ' +
    'securities counseling counselling licensed locally programmer marketer closer shorts screening ' +
    'surveying drafting labeling labelling embeddings tester branding naming typing')
    .split(' '),
);

const cache = new Map<string, string>();

function stemUncached(word: string): string {
  if (word.length <= MIN || /\d/.test(word) || KEEP.has(word)) return word;
  if (word.endsWith('s') && KEEP.has(word.slice(0, -1))) return word.slice(0, -1);
  for (const [suffix, replacement] of SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    const base = word.slice(0, -suffix.length);
    if (replacement) return base + replacement;
    if (base.length >= MIN) return trimEnding(base);
    // "coding", "codes", "coder" → "code"; "sites" → "site".
    if (base.length === MIN - 1 && suffix !== 'ly') return base + 'e';
  }
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return trimEnding(word.slice(0, -1));
  return trimEnding(word);
}

function trimEnding(base: string): string {
  if (DOUBLED.test(base) && base.length > MIN) return base.slice(0, -1);
  return base.length > MIN && base.endsWith('e') ? base.slice(0, -1) : base;
}

/** The key a word is matched on (memoised: listings repeat the same few thousand words). */
export function stem(word: string): string {
  if (word.length <= MIN) return word;
  let s = cache.get(word);
  if (s === undefined) {
    if (cache.size > 50_000) cache.clear();
    s = stemUncached(word);
    cache.set(word, s);
  }
  return s;
}

export const BREAK = '|';

// Characters that end a phrase: "Logo, website | SEO: fast (urgent)!".
const BREAK_CHARS = '|:;,()![]?';
export const LETTER = /[\p{L}\p{N}]/u;

// ASCII character classes, looked up per character (this runs for every word of a listing):
// 1 a letter or digit, 2 "+" or "#" (inside a word: "c++", "c#"), 3 ends a phrase. Exported
// for the id tokeniser (tokenize.ts), which must read words exactly as this file does.
export const WORD = 1;
export const JOINER = 2;
export const ENDS = 3;
export const ASCII = new Uint8Array(128);
for (let c = 0x61; c <= 0x7a; c++) ASCII[c] = WORD;
for (let c = 0x30; c <= 0x39; c++) ASCII[c] = WORD;
ASCII[0x2b] = ASCII[0x23] = JOINER;
for (const ch of BREAK_CHARS) ASCII[ch.charCodeAt(0)] = ENDS;

/** Letter or digit of any script; ASCII decided by the table. */
function isWordChar(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  return code < 0x80 ? ASCII[code] === WORD : LETTER.test(s[i]!);
}

/** A text as the tokeniser reads it: cut to `limit` characters, entities decoded, lower case. */
export const readable = (text: string, limit = Infinity): string =>
  decodeEntities(text.length > limit ? text.slice(0, limit) : text).toLowerCase();

// Where the last wordSpans() found words: start and end of each, a break as start -1. Reused
// (and grown) across calls so reading a text allocates nothing per word.
let spanBuffer = new Int32Array(1024);

/** The word spans of `s` (already `readable`) into the buffer returned by `spans()`; returns
 *  how many pairs. One reading of "a word" shared by `words()` and the id tokeniser. */
export function wordSpans(s: string): number {
  const n = s.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    const code = s.charCodeAt(i);
    const kind = code < 0x80 ? ASCII[code]! : LETTER.test(s[i]!) ? WORD : 0;
    if (kind === WORD) {
      let j = i + 1;
      for (; j < n; j++) {
        const c = s.charCodeAt(j);
        if (c < 0x80 ? ASCII[c] === 0 || ASCII[c] === ENDS : !isWordChar(s, j)) break;
      }
      count = addSpan(count, i, j);
      i = j;
      continue;
    }
    let ends = kind === ENDS;
    if (code === 0x2e) ends = i + 1 === n || s.charCodeAt(i + 1) <= 0x20;
    else if (code === 0x2d || code === 0x2013 || code === 0x2014) ends = s.charCodeAt(i - 1) === 0x20 && s.charCodeAt(i + 1) === 0x20;
    if (ends && count && spanBuffer[2 * count - 2] !== -1) count = addSpan(count, -1, -1);
    i++;
  }
  return count;
}

function addSpan(count: number, start: number, end: number): number {
  if (2 * count + 2 > spanBuffer.length) {
    const grown = new Int32Array(spanBuffer.length * 2);
    grown.set(spanBuffer);
    spanBuffer = grown;
  }
  spanBuffer[2 * count] = start;
  spanBuffer[2 * count + 1] = end;
  return count + 1;
}

/** The buffer the last `wordSpans()` filled (valid until the next call). */
export const spans = (): Int32Array => spanBuffer;

/** Stemmed words of a text in order, BREAK where punctuation separates phrases (a comma, a
 *  bracket, a spaced dash, a full stop before a space). "+" and "#" inside a word keep "c++"
 *  and "c#" whole. */
export function words(text: string, limit = Infinity): string[] {
  const s = readable(text, limit);
  const count = wordSpans(s);
  const at = spanBuffer;
  const out: string[] = new Array(count);
  for (let k = 0; k < count; k++) out[k] = at[2 * k]! < 0 ? BREAK : stem(s.slice(at[2 * k], at[2 * k + 1]));
  return out;
}
