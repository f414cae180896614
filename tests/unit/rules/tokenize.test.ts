// The id tokeniser (lib/taxonomy/tokenize.ts) reads every text exactly as words() does: its
// one pass over ASCII, its pass over other strings and its general way for texts that
// lower-casing could change must all give the same stems, on real titles and descriptions and on
// the characters that make each way differ. The entity scan reads what the old regex read.
import { describe, expect, test } from 'vitest';
import { readDevRows } from '../../../bench/dev-dataset';
import { benchListings } from '../../../bench/rules';
import { BREAK, decodeEntities, words } from '@/lib/taxonomy/text';
import { startListing, stemOf } from '@/lib/taxonomy/stem-ids';
import { tokenize, tokenizeAll } from '@/lib/taxonomy/tokenize';

const asWords = (text: string, limit?: number) => tokenize(text, limit).map(stemOf);

const TRICKY = [
  'İSTANBUL Translator', // "İ" lower-cases to two characters
  'ΣΟΦΟΣ. ΟΔΟΣ ΑΣ1', // a final sigma depends on what follows it
  'Ⓐbc Ⅻ xyz', // a symbol lower case changes; a Roman numeral is a number
  'Café résumé naïve Straße', // letters outside ASCII inside words
  'client’s “logo” — fast – cheap - now -x- y', // separators outside ASCII, dashes spaced or not
  'C++ C# .NET Node.JS e-mail AI-Agent', // "+" and "#" inside words
  '(A) [B] | D: E; F, G! H? end.', // every break character, a full stop at the end
  'a.b.c. w 3.5 v2.0', // full stops inside words and before spaces
  'emoji 🚀 Rocket \u00a0 tab\tnew\nline', // astral characters, other spaces
  'supercalifragilisticexpialidocious SUPERCALIFRAGILISTICEXPIALIDOCIOUS', // longer than the packed key
  'R&amp;D &#39;quoted&#39; &#x41;BC &AMP; &constructor; AT&T', // entities, decoded first
  '', '   ', '....', '-- | --',
];

describe('tokenize reads as words() does', () => {
  test.each(TRICKY)('%j', (text) => {
    startListing();
    expect(asWords(text)).toEqual(words(text));
    expect(asWords(text, 9)).toEqual(words(text, 9));
  });

  test('every dev-dataset title and bench description, twice (the second time from the word table)', () => {
    const texts = [...readDevRows().map((r) => r.title), ...benchListings().map((l) => l.description!)];
    const differ: string[] = [];
    for (let pass = 0; pass < 2; pass++) {
      for (const text of texts) {
        startListing();
        if (asWords(text, 4000).join(' ') !== words(text, 4000).join(' ')) differ.push(text);
      }
    }
    expect(texts.length).toBeGreaterThan(7000);
    expect(differ.slice(0, 5)).toEqual([]);
  });

  test('skills: one list with a break between skills, none for a skill without words', () => {
    startListing();
    const skills = ['Logo Design', '!!', 'Adobe Illustrator'];
    expect(tokenizeAll(skills).map(stemOf)).toEqual([...words(skills[0]!), BREAK, BREAK, ...words(skills[2]!)]);
  });
});

// The regular expression decodeEntities used before the scan replaced it.
const byRegex = (text: string): string =>
  text.replace(/&(#x?[\da-f]+|[a-z]+);/gi, (whole, name: string) => {
    const named: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };
    if (name[0] !== '#') return named[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
  });

describe('decodeEntities reads what the regular expression read', () => {
  test.each([
    '&amp;', '&#39;', '&#x41;', '&#X41;', '&#xg;', '&#x4g;', '&#1a;', '&#xx41;', '&#;', '&amp', '&amp1;',
    '&#0;', '&#x110000;', '&#xD83D;', '&AMP;&amp;amp;', '&&amp;;', 'Sales & Marketing', 'R&D; &nbsp;x',
  ])('%j', (text) => expect(decodeEntities(text)).toBe(byRegex(text)));
});
