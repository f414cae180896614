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

const sameWords = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((w, i) => w === b[i]);

/** Adds "a|b c|d" (phrases separated by "|") under `value`; longer phrases are tried first,
 *  and a spelling that stems like one already under the same value is left out. */
export function addPhrases<T>(index: PhraseIndex<T>, list: string, value: T): void {
  for (const raw of list.split('|')) {
    const phrase = raw.trim();
    addStemmedPhrase(index, phrase, words(phrase), value);
  }
}

/** One phrase whose stemmed words the caller has already (the vocabulary stems each phrase
 *  once, for this and for its own de-duplication). */
export function addStemmedPhrase<T>(index: PhraseIndex<T>, phrase: string, stems: readonly string[], value: T): void {
  const first = stems[0];
  if (!first) return;
  const rest = stems.slice(1);
  let entries = index.get(first);
  if (!entries) index.set(first, (entries = []));
  if (entries.some((e) => e.value === value && sameWords(e.rest, rest))) return;
  // After the entries at least as long, as a stable sort by length would place it: a service
  // worker builds the vocabulary's thousands of phrases as it wakes (re-sorting and joining
  // them on every insert took most of its 35-44 ms there).
  let at = entries.length;
  while (at > 0 && entries[at - 1]!.rest.length < rest.length) at--;
  entries.splice(at, 0, { rest, phrase, value });
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
