// Reads a text into stem ids (stem-ids.ts) exactly as `words()` (text.ts) reads it into stems,
// in one pass: each word is hashed while it is scanned and found in the table of words already
// read, so a known word costs no string, no lower-casing and no stemming.
// The one pass lower-cases ASCII as it goes. Lower-casing a whole text can change what is a
// word outside ASCII ("İ" becomes two characters, a final "Σ" depends on its neighbours), so a
// text with a non-ASCII letter or digit, or a character lower case changes, is read the
// general way instead: decoded, lower-cased, then split by wordSpans().
import { BREAK_ID, idOfStem, seenWords, type Tokens } from './stem-ids';
import { ASCII, decodeEntities, ENDS, JOINER, LETTER, readable, spans, stem, WORD, wordSpans } from './text';
import { lower, PACKED } from './word-table';

// Per ASCII code: its class as text.ts reads lower-case text, capitals read as letters.
const KIND = ASCII.slice();
for (let c = 0x41; c <= 0x5a; c++) KIND[c] = WORD;
// Per ASCII code: its lower case when it continues a word (a letter, a digit, "+", "#"), else 0:
// one look-up per character inside a word.
const CONTINUES = Uint8Array.from(KIND, (kind, c) => (kind === WORD || kind === JOINER ? lower(c) : 0));

// Per UTF-16 code unit outside ASCII, learnt on first sight: SEPARATOR when it is neither a
// letter nor a digit and lower case leaves it alone (the one pass reads it as text.ts would),
// GENERAL otherwise.
const UNSEEN = 0;
const SEPARATOR = 1;
const GENERAL = 2;
let wide: Uint8Array | null = null;

function wideKind(c: number): number {
  wide ??= new Uint8Array(0x10000);
  let kind = wide[c]!;
  if (kind === UNSEEN) {
    const ch = String.fromCharCode(c);
    wide[c] = kind = LETTER.test(ch) || ch.toLowerCase() !== ch ? GENERAL : SEPARATOR;
  }
  return kind;
}

/** The id of s[start, end), `found` when the word table already knew it (else -1). */
function idOf(s: string, start: number, end: number, found: number): number {
  let id = found;
  if (id < 0) {
    const word = s.slice(start, end).toLowerCase();
    seenWords.set(word, (id = idOfStem(stem(word))));
  }
  return id;
}

// ASCII characters that may end a phrase (endsPhrase decides): most characters between words
// are spaces, which never do.
const MAY_END = Uint8Array.from(KIND, (kind, c) => (kind === ENDS || c === 0x2e || c === 0x2d ? 1 : 0));

/** Whether the character at i ends a phrase (text.ts: a break character, a full stop before a
 *  space or the end, a dash between spaces). */
function endsPhrase(s: string, i: number, kind: number): boolean {
  const code = s.charCodeAt(i);
  if (code === 0x2e) return i + 1 === s.length || s.charCodeAt(i + 1) <= 0x20;
  if (code === 0x2d || code === 0x2013 || code === 0x2014) return s.charCodeAt(i - 1) === 0x20 && s.charCodeAt(i + 1) === 0x20;
  return kind === ENDS;
}

/** The one pass, writing ids into `out` from index `n`; returns where they end, or -1 when
 *  the text needs the general way. */
function onePass(s: string, out: Tokens, n: number): number {
  const length = s.length;
  let last = -1; // the last id written by this call
  let i = 0;
  while (i < length) {
    const code = s.charCodeAt(i);
    if (code >= 0x80 && wideKind(code) === GENERAL) return -1;
    const kind = code < 0x80 ? KIND[code]! : 0;
    if (kind === WORD) {
      // The word's key for the table (word-table.ts), packed as the characters are read.
      let p0 = lower(code);
      let p1 = 0;
      let p2 = 0;
      let j = i + 1;
      for (; j < length; j++) {
        const c = s.charCodeAt(j);
        const l = c < 0x80 ? CONTINUES[c]! : 0;
        if (l === 0) {
          // A letter outside ASCII would continue the word: the general way reads it.
          if (c >= 0x80 && wideKind(c) === GENERAL) return -1;
          break;
        }
        const at = j - i;
        if (at < 4) p0 = (p0 << 7) | l;
        else if (at < 8) p1 = (p1 << 7) | l;
        else if (at < PACKED) p2 = (p2 << 7) | l;
      }
      out[n++] = last = idOf(s, i, j, seenWords.find(j - i, p0, p1, p2, s, i));
      i = j;
      continue;
    }
    if (last > BREAK_ID && (code < 0x80 ? MAY_END[code] === 1 : code === 0x2013 || code === 0x2014) && endsPhrase(s, i, kind)) {
      out[n++] = last = BREAK_ID;
    }
    i++;
  }
  return n;
}

/** The general way: lower-case the whole text, then split it as words() does. */
function general(text: string, limit: number, out: Tokens, n: number): number {
  const s = readable(text, limit);
  const count = wordSpans(s);
  const at = spans();
  for (let k = 0; k < count; k++) {
    const start = at[2 * k]!;
    const end = at[2 * k + 1]!;
    out[n++] = start < 0 ? BREAK_ID : idOf(s, start, end, seenWords.findSpan(s, start, end));
  }
  return n;
}

// An ASCII text's characters as bytes: reading a typed array costs less per character than
// charCodeAt, which checks how each string is stored.
const encoder = new TextEncoder();
let bytes = new Uint8Array(4096);

/** The one pass over an ASCII text (`s`, and its characters in `b`): as onePass, with nothing
 *  outside ASCII to look out for. */
function asciiPass(s: string, b: Uint8Array, out: Tokens, n: number): number {
  const length = s.length;
  let last = -1; // the last id written by this call
  let i = 0;
  while (i < length) {
    const code = b[i]!;
    const kind = KIND[code]!;
    if (kind === WORD) {
      let p0 = lower(code);
      let p1 = 0;
      let p2 = 0;
      let j = i + 1;
      for (; j < length; j++) {
        const l = CONTINUES[b[j]!]!;
        if (l === 0) break;
        const at = j - i;
        if (at < 4) p0 = (p0 << 7) | l;
        else if (at < 8) p1 = (p1 << 7) | l;
        else if (at < PACKED) p2 = (p2 << 7) | l;
      }
      out[n++] = last = idOf(s, i, j, seenWords.find(j - i, p0, p1, p2, s, i));
      i = j;
      continue;
    }
    if (last > BREAK_ID && MAY_END[code] === 1 && endsPhrase(s, i, kind)) out[n++] = last = BREAK_ID;
    i++;
  }
  return n;
}

function read(text: string, limit: number, out: Tokens, n: number): number {
  const s = decodeEntities(text.length > limit ? text.slice(0, limit) : text);
  if (bytes.length < 3 * s.length) bytes = new Uint8Array(3 * s.length);
  // As many bytes as characters: every character is ASCII.
  if (encoder.encodeInto(s, bytes).written === s.length) return asciiPass(s, bytes, out, n);
  const end = onePass(s, out, n);
  return end >= 0 ? end : general(text, limit, out, n);
}

// Ids are written here, then copied out at their exact length: a list grown id by id would be
// copied each time it outgrows its room.
const scratch: Tokens = [];

/** A text's stem ids (at most its first `limit` characters). */
export function tokenize(text: string, limit = Infinity): Tokens {
  return scratch.slice(0, read(text, limit, scratch, 0));
}

/** Several texts' stem ids as one list (a listing's skills), a break before each text once
 *  anything was read, so no phrase spans two texts. */
export function tokenizeAll(texts: readonly string[]): Tokens {
  let n = 0;
  for (const text of texts) {
    if (n) scratch[n++] = BREAK_ID;
    n = read(text, Infinity, scratch, n);
  }
  return scratch.slice(0, n);
}
