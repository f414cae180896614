// Reads a text into stem ids (stem-ids.ts) exactly as `words()` (text.ts) reads it into stems,
// in one pass: each word's key for the word table is packed while it is scanned, and a word
// already read is found by that key, so it costs no string, no lower-casing and no stemming.
// An ASCII text (most are) is scanned as bytes. Otherwise the one pass reads the string,
// lower-casing ASCII as it goes; but lower-casing a whole text can change what is a word outside
// ASCII ("İ" becomes two characters, a final "Σ" depends on its neighbours), so a text with a
// non-ASCII letter or digit, or a character lower case changes, is read the general way:
// decoded, lower-cased, then split by wordSpans().
import { BREAK_ID, seenWords, type Tokens } from './stem-ids';
import { decodeEntities, readable, spans, WORD, wordSpans } from './text';
import { CONTINUES, endsPhrase, GENERAL, idOf, KIND, MAY_END, wideKind } from './word-chars';
import { lower, PACKED } from './word-table';

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
