// A dictionary of phrases keyed on their first word, so one walk over a listing's words finds
// every phrase in it whatever the size of the vocabulary (the badge labels each tile on the
// page's main thread).
import { words } from './text';

export interface PhraseEntry<T> {
  /** Stemmed words after the first. */
  rest: string[];
  /** The phrase as written in the vocabulary, for reasons ("matched: translate"). */
  phrase: string;
  value: T;
}

export type PhraseIndex<T> = Map<string, PhraseEntry<T>[]>;

/** Adds "a|b c|d" (phrases separated by "|") under `value`; longer phrases are tried first,
 *  and a spelling that stems like one already under the same value is left out. */
export function addPhrases<T>(index: PhraseIndex<T>, list: string, value: T): void {
  for (const raw of list.split('|')) {
    const phrase = raw.trim();
    const [first, ...rest] = words(phrase);
    if (!first) continue;
    const entries = index.get(first) ?? [];
    if (entries.some((e) => e.value === value && e.rest.join(' ') === rest.join(' '))) continue;
    entries.push({ rest, phrase, value });
    entries.sort((a, b) => b.rest.length - a.rest.length);
    index.set(first, entries);
  }
}

/** Calls `hit` for every phrase occurrence in the stemmed words, with the index just past it. */
export function scanPhrases<T>(
  index: PhraseIndex<T>,
  stems: readonly string[],
  hit: (entry: PhraseEntry<T>, start: number, end: number) => void,
): void {
  for (let i = 0; i < stems.length; i++) {
    const entries = index.get(stems[i]!);
    if (!entries) continue;
    for (const entry of entries) {
      const { rest } = entry;
      let j = 0;
      while (j < rest.length && stems[i + 1 + j] === rest[j]) j++;
      if (j === rest.length) hit(entry, i, i + 1 + j);
    }
  }
}
