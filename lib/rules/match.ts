// Finds rule phrases in a listing's words: one walk over each part for all rules at once.
import type { ListingWords } from '../taxonomy/listing-words';
import { addPhrases, byIds, phrasesAt, type IdPhraseIndex, type PhraseIndex } from '../taxonomy/phrases';
import { BREAK_ID } from '../taxonomy/stem-ids';
import { withoutTopics } from '../taxonomy/topics';
import { RULES } from './rules';

export interface Matches {
  /** Phrases found per rule (index in RULES or in the custom list), at most three each. */
  found: Map<number, string[]>;
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
export const RULE_PHRASES: IdPhraseIndex<number> = byIds(ruleWords());

/** Where in a listing a rule's phrase counts: title-only phrases in the title; the rules about
 *  working with AI tools in what the listing asks for (title and skills), since a description
 *  may name the tools a client uses without asking anyone to use them; and every rule that says
 *  what kind of work it is (building AI, working with AI) outside the listing's topics ("a
 *  report on generative AI" is writing). Hits are rare, so the topics are found only on one. */
export function ruleAccepts(w: ListingWords): Accept {
  let topics: ListingWords | null = null;
  return (value, part, at) => {
    const where = WHERE[value]!;
    if (where === ANYWHERE) return true;
    if (where === TITLE) return part === 'title';
    if (where === ASKED && part === 'description') return false;
    topics ??= withoutTopics(w);
    return topics[part][at] !== BREAK_ID;
  };
}

const [ANYWHERE, TITLE, KIND, ASKED] = [0, 1, 2, 3];
const WHERE = Uint8Array.from(RULES, (r) =>
  r.when.some((c) => 'titleWords' in c) ? TITLE : r.group === 'ai-work' ? ASKED : r.group === 'builds-ai' ? KIND : ANYWHERE,
);

/** Whether a phrase found at `at` in `part` counts for the rule `value`. */
export type Accept = (value: number, part: keyof ListingWords, at: number) => boolean;

const PARTS = ['title', 'skills', 'description'] as const;

export function matchPhrases(index: IdPhraseIndex<number>, w: ListingWords, quiet?: (value: number) => boolean, accept?: Accept): Matches {
  const found = new Map<number, string[]>();
  let quieted: ListingWords | null = null;
  for (const part of PARTS) {
    const stems = w[part];
    for (let i = 0; i < stems.length; i++) {
      const entries = phrasesAt(index, stems[i]!);
      if (!entries) continue;
      for (const { rest, phrase, value } of entries) {
        let j = 0;
        while (j < rest.length && stems[i + 1 + j] === rest[j]) j++;
        if (j < rest.length || (accept && !accept(value, part, i))) continue;
        const list = found.get(value);
        if (!list) found.set(value, [phrase]);
        else if (list.length < 3 && !list.includes(phrase)) list.push(phrase);
        if (part !== 'title' && quiet?.(value)) {
          quieted ??= { title: w.title, skills: w.skills.slice(), description: w.description.slice() };
          quieted[part].fill(BREAK_ID, i, i + 1 + j);
        }
      }
    }
  }
  return { found, quieted };
}
