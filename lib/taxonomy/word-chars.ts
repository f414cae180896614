// What the tokeniser's passes (tokenize.ts) share: how each character is read, and how a word
// found in a text becomes its stem id.
import { idOfStem, seenWords } from './stem-ids';
import { ASCII, ENDS, JOINER, LETTER, stem, WORD } from './text';
import { lower } from './word-table';

// Per ASCII code: its class as text.ts reads lower-case text, capitals read as letters.
export const KIND = ASCII.slice();
for (let c = 0x41; c <= 0x5a; c++) KIND[c] = WORD;
// Per ASCII code: its lower case when it continues a word (a letter, a digit, "+", "#"), else 0:
// one look-up per character inside a word.
export const CONTINUES = Uint8Array.from(KIND, (kind, c) => (kind === WORD || kind === JOINER ? lower(c) : 0));
// Per ASCII code: its lower case when it starts a word (a letter, a digit), else 0.
export const STARTS = Uint8Array.from(KIND, (kind, c) => (kind === WORD ? lower(c) : 0));

// Per UTF-16 code unit outside ASCII, learnt on first sight: SEPARATOR when it is neither a
// letter nor a digit and lower case leaves it alone (the one pass reads it as text.ts would),
// GENERAL otherwise.
const UNSEEN = 0;
const SEPARATOR = 1;
export const GENERAL = 2;
let wide: Uint8Array | null = null;

export function wideKind(c: number): number {
  wide ??= new Uint8Array(0x10000);
  let kind = wide[c]!;
  if (kind === UNSEEN) {
    const ch = String.fromCharCode(c);
    wide[c] = kind = LETTER.test(ch) || ch.toLowerCase() !== ch ? GENERAL : SEPARATOR;
  }
  return kind;
}

/** The id of s[start, end), `found` when the word table already knew it (else -1). */
export function idOf(s: string, start: number, end: number, found: number): number {
  let id = found;
  if (id < 0) {
    const word = s.slice(start, end).toLowerCase();
    seenWords.set(word, (id = idOfStem(stem(word))));
  }
  return id;
}

// ASCII characters that may end a phrase (endsPhrase decides): most characters between words
// are spaces, which never do.
export const MAY_END = Uint8Array.from(KIND, (kind, c) => (kind === ENDS || c === 0x2e || c === 0x2d ? 1 : 0));

/** Whether the character at i ends a phrase (text.ts: a break character, a full stop before a
 *  space or the end, a dash between spaces). */
export function endsPhrase(s: string, i: number, kind: number): boolean {
  const code = s.charCodeAt(i);
  if (code === 0x2e) return i + 1 === s.length || s.charCodeAt(i + 1) <= 0x20;
  if (code === 0x2d || code === 0x2013 || code === 0x2014) return s.charCodeAt(i - 1) === 0x20 && s.charCodeAt(i + 1) === 0x20;
  return kind === ENDS;
}

// How an ASCII character may end a phrase, for the pass over bytes: never, always (a break
// character), as a full stop (before a space or the end), or as a dash (between spaces).
const [NEVER, ALWAYS, STOP, DASH] = [0, 1, 2, 3];
export const ENDING = Uint8Array.from(KIND, (kind, c) => (kind === ENDS ? ALWAYS : c === 0x2e ? STOP : c === 0x2d ? DASH : NEVER));

/** endsPhrase over an ASCII text's bytes, followed by a 0 (so a full stop at the end is one
 *  before a character <= space). `ending`: ENDING of the byte at i, not NEVER. */
export function endsAt(b: Uint8Array, i: number, ending: number): boolean {
  if (ending === STOP) return b[i + 1]! <= 0x20;
  if (ending === DASH) return i > 0 && b[i - 1] === 0x20 && b[i + 1] === 0x20;
  return true;
}

