// Finds rule phrases in a listing's words: one walk over each part for all rules at once.
import type { ListingWords } from '../taxonomy/listing-words';
import { addPhrases, type PhraseIndex } from '../taxonomy/phrases';
import { BREAK } from '../taxonomy/text';
import { RULES } from './rules';

export interface Matches {
  /** Phrases found per rule (index in RULES or in the custom list), at most three each. */
  found: Map<number, string[]>;
  /** The listing's words with the spans of `quiet` phrases outside the title blanked out,
   *  or null when there were none. */
  quieted: ListingWords | null;
}

let ruleIndex: PhraseIndex<number> | null = null;
let kindIndex: PhraseIndex<number> | null = null;
let titleIndex: PhraseIndex<number> | null = null;

/** Rules that say what kind of work a listing is (building AI, working with AI tools): they
 *  read the listing without its topics (topics.ts). */
export const isKindRule = (i: number): boolean => RULES[i]!.group === 'builds-ai' || RULES[i]!.group === 'ai-work';

function build(kind: boolean): PhraseIndex<number> {
  const index: PhraseIndex<number> = new Map();
  for (const [i, rule] of RULES.entries()) {
    if (isKindRule(i) !== kind) continue;
    for (const c of rule.when) if ('words' in c) addPhrases(index, c.words, i);
  }
  return index;
}

/** The phrases of every rule but the kind-of-work ones. */
export const ruleWords = (): PhraseIndex<number> => (ruleIndex ??= build(false));
/** The phrases of the kind-of-work rules. */
export const kindWords = (): PhraseIndex<number> => (kindIndex ??= build(true));

/** The phrases rules look for in the title only. */
export function ruleTitleWords(): PhraseIndex<number> {
  if (!titleIndex) {
    titleIndex = new Map();
    for (const [i, rule] of RULES.entries()) for (const c of rule.when) if ('titleWords' in c) addPhrases(titleIndex, c.titleWords, i);
  }
  return titleIndex;
}

const PARTS = ['title', 'skills', 'description'] as const;
export const TITLE_ONLY = ['title'] as const;

export function matchPhrases(
  index: PhraseIndex<number>,
  w: ListingWords,
  quiet?: (value: number) => boolean,
  parts: readonly (keyof ListingWords)[] = PARTS,
): Matches {
  const found = new Map<number, string[]>();
  let quieted: ListingWords | null = null;
  for (const part of parts) {
    const stems = w[part];
    for (let i = 0; i < stems.length; i++) {
      const entries = index.get(stems[i]!);
      if (!entries) continue;
      for (const { rest, phrase, value } of entries) {
        let j = 0;
        while (j < rest.length && stems[i + 1 + j] === rest[j]) j++;
        if (j < rest.length) continue;
        const list = found.get(value);
        if (!list) found.set(value, [phrase]);
        else if (list.length < 3 && !list.includes(phrase)) list.push(phrase);
        if (part !== 'title' && quiet?.(value)) {
          quieted ??= { title: w.title, skills: [...w.skills], description: [...w.description] };
          quieted[part].fill(BREAK, i, i + 1 + j);
        }
      }
    }
  }
  return { found, quieted };
}
