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
import { CONTINUES, ENDING, endsAt, endsPhrase, GENERAL, idOf, KIND, MAY_END, STARTS, wideKind } from './word-chars';
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
// charCodeAt, which checks how each string is stored. One byte more than the text, for a 0
// after its end: a 0 continues no word, so the scan of a word needs no test of the length.
const encoder = new TextEncoder();
let bytes = new Uint8Array(4096);

/** The one pass over an ASCII text (`s`, its characters in `bytes` followed by a 0): as
 *  onePass, with nothing outside ASCII to look out for. */
function asciiPass(s: string, length: number, out: Tokens, n: number): number {
  const b = bytes;
  const continues = CONTINUES; // (local: read once, not per character)
  let last = -1; // the last id written by this call
  let i = 0;
  while (i < length) {
    const code = b[i]!;
    const first = STARTS[code]!;
    if (first !== 0) {
      // The key packs four characters per integer: a loop per integer spares testing, per
      // character, which integer it goes to.
      let p0 = first;
      let p1 = 0;
      let p2 = 0;
      let j = i + 1;
      let c = continues[b[j]!]!;
      for (; c !== 0 && j < i + 4; c = continues[b[++j]!]!) p0 = (p0 << 7) | c;
      if (c !== 0) {
        for (; c !== 0 && j < i + 8; c = continues[b[++j]!]!) p1 = (p1 << 7) | c;
        for (; c !== 0 && j < i + PACKED; c = continues[b[++j]!]!) p2 = (p2 << 7) | c;
        while (c !== 0) c = continues[b[++j]!]!;
      }
      out[n++] = last = idOf(s, i, j, seenWords.find(j - i, p0, p1, p2, s, i));
      i = j;
      continue;
    }
    const ending = ENDING[code]!;
    if (ending !== 0 && last > BREAK_ID && endsAt(b, i, ending)) out[n++] = last = BREAK_ID;
    i++;
  }
  return n;
}

function read(text: string, limit: number, out: Tokens, n: number): number {
  const s = decodeEntities(text.length > limit ? text.slice(0, limit) : text);
  const length = s.length;
  if (bytes.length <= 3 * length) bytes = new Uint8Array(3 * length + 1);
  // As many bytes as characters: every character is ASCII.
  if (encoder.encodeInto(s, bytes).written === length) {
    bytes[length] = 0;
    return asciiPass(s, length, out, n);
  }
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
