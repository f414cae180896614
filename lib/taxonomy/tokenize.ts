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

/** Whether the character at i ends a phrase (text.ts: a break character, a full stop before a
 *  space or the end, a dash between spaces). */
function endsPhrase(s: string, i: number, kind: number): boolean {
  const code = s.charCodeAt(i);
  if (code === 0x2e) return i + 1 === s.length || s.charCodeAt(i + 1) <= 0x20;
  if (code === 0x2d || code === 0x2013 || code === 0x2014) return s.charCodeAt(i - 1) === 0x20 && s.charCodeAt(i + 1) === 0x20;
  return kind === ENDS;
}

/** The one pass; false (and `out` as it was) when the text needs the general way. */
function onePass(s: string, out: Tokens): boolean {
  const from = out.length;
  const n = s.length;
  let last = -1; // the last id pushed by this call
  let i = 0;
  while (i < n) {
    const code = s.charCodeAt(i);
    if (code >= 0x80 && wideKind(code) === GENERAL) return (out.length = from), false;
    const kind = code < 0x80 ? KIND[code]! : 0;
    if (kind === WORD) {
      // The word's key for the table (word-table.ts), packed as the characters are read.
      let p0 = lower(code);
      let p1 = 0;
      let p2 = 0;
      let j = i + 1;
      for (; j < n; j++) {
        const c = s.charCodeAt(j);
        const l = c < 0x80 ? CONTINUES[c]! : 0;
        if (l === 0) {
          // A letter outside ASCII would continue the word: the general way reads it.
          if (c >= 0x80 && wideKind(c) === GENERAL) return (out.length = from), false;
          break;
        }
        const at = j - i;
        if (at < 4) p0 = (p0 << 7) | l;
        else if (at < 8) p1 = (p1 << 7) | l;
        else if (at < PACKED) p2 = (p2 << 7) | l;
      }
      out.push((last = idOf(s, i, j, seenWords.find(j - i, p0, p1, p2, s, i))));
      i = j;
      continue;
    }
    if (last > BREAK_ID && endsPhrase(s, i, kind)) out.push((last = BREAK_ID));
    i++;
  }
  return true;
}

/** A text's stem ids (at most its first `limit` characters), appended to `out`. */
export function tokenize(text: string, limit = Infinity, out: Tokens = []): Tokens {
  const decoded = decodeEntities(text.length > limit ? text.slice(0, limit) : text);
  if (onePass(decoded, out)) return out;
  const s = readable(text, limit);
  const count = wordSpans(s);
  const at = spans();
  for (let k = 0; k < count; k++) {
    const start = at[2 * k]!;
    const end = at[2 * k + 1]!;
    out.push(start < 0 ? BREAK_ID : idOf(s, start, end, seenWords.findSpan(s, start, end)));
  }
  return out;
}
