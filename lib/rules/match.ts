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
let buildsIndex: PhraseIndex<number> | null = null;
let aiWorkIndex: PhraseIndex<number> | null = null;
let titleIndex: PhraseIndex<number> | null = null;

// Rules that say what kind of work a listing is read it without its topics (topics.ts); those
// about working with AI tools read only what the listing asks for (title and skills), since a
// description may mention the tools a client uses without asking anyone to use them.
type Kind = 'other' | 'builds-ai' | 'ai-work';
const kindOf = (i: number): Kind => (RULES[i]!.group === 'builds-ai' || RULES[i]!.group === 'ai-work' ? (RULES[i]!.group as Kind) : 'other');

function build(kind: Kind): PhraseIndex<number> {
  const index: PhraseIndex<number> = new Map();
  for (const [i, rule] of RULES.entries()) {
    if (kindOf(i) !== kind) continue;
    for (const c of rule.when) if ('words' in c) addPhrases(index, c.words, i);
  }
  return index;
}

/** The phrases of every rule but the kind-of-work ones. */
export const ruleWords = (): PhraseIndex<number> => (ruleIndex ??= build('other'));
/** The phrases of the rules for work that builds AI. */
export const buildsWords = (): PhraseIndex<number> => (buildsIndex ??= build('builds-ai'));
/** The phrases of the rules for work done with AI tools. */
export const aiWorkWords = (): PhraseIndex<number> => (aiWorkIndex ??= build('ai-work'));

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
export const ASKED = ['title', 'skills'] as const;

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
