// Finds rule phrases in a listing's words: one walk over each part for all rules at once.
import type { ListingWords } from '../taxonomy/listing-words';
import { matchAt, matches, phraseTable, type PhraseTable } from '../taxonomy/phrase-table';
import { addPhrases, type PhraseIndex } from '../taxonomy/phrases';
import { BREAK_ID } from '../taxonomy/stem-ids';
import { withoutTopics } from '../taxonomy/topics';
import { RULES } from './rules';

export interface Matches {
  /** Phrases found per rule (index in RULES or in the custom list), at most three each; null
   *  for a rule none of whose phrases is there. */
  found: readonly (string[] | null)[];
  /** The rules found, in the order first found. */
  order: number[];
  /** The listing's words with the spans of `quiet` phrases outside the title blanked out,
   *  or null when there were none. */
  quieted: ListingWords | null;
}

let ruleIndex: PhraseIndex<number> | null = null;

/** Every built-in rule's phrases, those read in the title only included (by stem, for
 *  lib/db/description-words.ts; the engine matches by id, `RULE_PHRASES`). */
export function ruleWords(): PhraseIndex<number> {
  if (!ruleIndex) {
    ruleIndex = new Map();
    for (const [i, rule] of RULES.entries()) {
      for (const c of rule.when) {
        if ('words' in c) addPhrases(ruleIndex, c.words, i);
        else if ('titleWords' in c) addPhrases(ruleIndex, c.titleWords, i);
      }
    }
  }
  return ruleIndex;
}

/** The rules' phrases by id, built when the module loads: before any listing is read, so the
 *  tokeniser knows their words. */
export const RULE_PHRASES: PhraseTable<number> = phraseTable(ruleWords());

// Where in a listing a rule's phrase counts: title-only phrases in the title; the rules about
// working with AI tools in what the listing asks for (title and skills), since a description
// may name the tools a client uses without asking anyone to use them; and every rule that says
// what kind of work it is (building AI, working with AI) outside the listing's topics ("a
// report on generative AI" is writing).
const [ANYWHERE, TITLE, KIND, ASKED] = [0, 1, 2, 3];
const WHERE = Uint8Array.from(RULES, (r) =>
  r.when.some((c) => 'titleWords' in c) ? TITLE : r.group === 'ai-work' ? ASKED : r.group === 'builds-ai' ? KIND : ANYWHERE,
);
// A protective phrase in the skills or description ("on site", "strategy") says how the work is
// done, not what it is: it must not move the listing into another category, so that adding one
// can only lower the score. Its words are blanked out for the classifier.
const QUIET = Uint8Array.from(RULES, (r) => (r.group === 'protective' ? 1 : 0));

type Part = keyof ListingWords;
/** `found` for a listing none of whose phrases are there, by count of values (never written to;
 *  copied for one that has some: a copy of a packed array is cheaper than filling a new one). */
const noneFound: (readonly null[])[] = [];
const none = (values: number): readonly null[] => (noneFound[values] ??= Array.from({ length: values }, () => null));
const PARTS: readonly Part[] = ['title', 'skills', 'description'];

/** One walk over a listing's words for every phrase of an index. `where` (built-in rules only)
 *  says where each value's phrases count; `quiet`, whose phrases are blanked for the classifier. */
function walk(table: PhraseTable<number>, values: number, w: ListingWords, where: Uint8Array | null, quiet: Uint8Array | null): Matches {
  // Most listings match few rules: the array is made on the first match.
  let found: (string[] | null)[] | null = null;
  const order: number[] = [];
  let quieted: ListingWords | null = null;
  // Hits are rare, so the topics are found only on one that needs them.
  let topics: ListingWords | null = null;
  const { restLength, valueAt, phrases } = table;
  // Read once: the loop calls functions, across which the compiler would read them again.
  const startFlags = table.starts;
  const ids = startFlags.length;
  for (const part of PARTS) {
    const stems = w[part];
    const length = stems.length;
    for (let i = 0; i < length; i++) {
      const id = stems[i]!;
      if (id >= ids || startFlags[id] !== 1) continue; // (starts(): most words start no phrase)
      const count = matchAt(table, stems, i);
      const entries = matches();
      for (let k = 0; k < count; k++) {
        const e = entries[k]!;
        const j = restLength[e]!;
        const value = table.values[valueAt[e]!]!;
        const phrase = phrases[e]!;
        const counts = where ? where[value]! : ANYWHERE;
        if (counts === TITLE && part !== 'title') continue;
        if (counts === ASKED && part === 'description') continue;
        if ((counts === KIND || counts === ASKED) && (topics ??= withoutTopics(w))[part][i] === BREAK_ID) continue;
        found ??= none(values).slice();
        const list = found[value];
        if (!list) (found[value] = [phrase]), order.push(value);
        else if (list.length < 3 && !list.includes(phrase)) list.push(phrase);
        if (part !== 'title' && quiet?.[value]) {
          quieted ??= { title: w.title, skills: w.skills.slice(), description: w.description.slice() };
          quieted[part].fill(BREAK_ID, i, i + 1 + j);
        }
      }
    }
  }
  return { found: found ?? none(values), order, quieted };
}

/** The built-in rules' phrases in a listing (index in RULES), and its words with the protective
 *  phrases outside the title blanked out. */
export const matchRules = (w: ListingWords): Matches => walk(RULE_PHRASES, RULES.length, w, WHERE, QUIET);

/** The phrases of `values` keyword rules (indexed by id, see custom-rule.ts) in a listing. */
export const matchPhrases = (table: PhraseTable<number>, values: number, w: ListingWords): Matches => walk(table, values, w, null, null);
