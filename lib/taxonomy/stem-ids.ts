// Stems as small integers. The labeller compares every word of a listing with thousands of
// phrases; as numbers, a phrase index is an array looked up by a word's id and a phrase matches
// by comparing ids, where strings cost a hash and a comparison each time. tokenize.ts reads
// texts into these ids.
import { BREAK } from './text';
import { WordTable } from './word-table';

/** A text's stems as ids, BREAK_ID between phrases (as `words()` puts BREAK). */
export type Tokens = number[];

export const BREAK_ID = 0;

// Phrase words: the stems of every phrase and word list the labeller looks for, registered when
// their index is built. Their ids, from 1 up, never change, so indexes can be arrays.
const known = new Map<string, number>([[BREAK, BREAK_ID]]);
const knownStems: string[] = [BREAK];

// Every other stem gets an id from OTHER_BASE up, only to tell words apart (the category model
// reads them). Those pile up with every new word a page shows, so past OTHER_LIMIT they are
// forgotten and numbering goes on: an id is never reused, so an old one can only be stale,
// never wrong.
const OTHER_BASE = 1 << 20;
const OTHER_LIMIT = 50_000;
let others = new Map<string, number>();
let otherStems: string[] = [];
let otherBase = OTHER_BASE;

/** Lower-case words already read → their stem's id (filled by tokenize.ts). */
export const seenWords = new WordTable();

/** The id of a phrase word (registered on first sight). */
export function phraseId(stemmed: string): number {
  let id = known.get(stemmed);
  if (id === undefined) {
    id = knownStems.length;
    known.set(stemmed, id);
    knownStems.push(stemmed);
    // Words already read as other words may be this one: read them again.
    if (otherStems.length || seenWords.size) forgetOthers();
  }
  return id;
}

/** The stem an id stands for. */
export function stemOf(id: number): string {
  const s = id < OTHER_BASE ? knownStems[id] : otherStems[id - otherBase];
  if (s === undefined) throw new Error(`stem id ${id} is stale: tokens outlived a reset of the word table`);
  return s;
}

/** The id of any stem (phrase word or not). */
export function idOfStem(stemmed: string): number {
  const id = known.get(stemmed) ?? others.get(stemmed);
  if (id !== undefined) return id;
  const other = otherBase + otherStems.length;
  others.set(stemmed, other);
  otherStems.push(stemmed);
  return other;
}

function forgetOthers(): void {
  otherBase += otherStems.length;
  others = new Map();
  otherStems = [];
  seenWords.clear();
}

/** Called before reading a listing (never between its parts): bounds the memory of words seen. */
export function startListing(): void {
  if (otherStems.length > OTHER_LIMIT || seenWords.size > OTHER_LIMIT) forgetOthers();
}

/** Ids of these words' stems as phrase words: for word lists the labeller checks by id. */
export function idSet(list: readonly string[]): IdSet {
  return new IdSet(list.map(phraseId));
}

/** A set of phrase-word ids as flags in an array (membership is one load). */
export class IdSet {
  private readonly flags: Uint8Array;
  constructor(ids: readonly number[]) {
    this.flags = new Uint8Array(Math.max(0, ...ids) + 1);
    for (const id of ids) this.flags[id] = 1;
  }
  has(id: number): boolean {
    return id < this.flags.length && this.flags[id] === 1;
  }
}
