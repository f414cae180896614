// The phrase half of the category classifier (classify.ts): the words of a listing's parts vote
// for the categories whose vocabulary they name, the title loudest.
import { CATEGORIES } from './categories';
import { matchAt, matches, phraseTable } from './phrase-table';
import { addStemmedPhrase, type PhraseIndex } from './phrases';
import { BREAK_ID, idSet, type Tokens } from './stem-ids';
import { words } from './text';
import { opensTopic, topicEnd } from './topics';
import { VOCABULARY } from './vocabulary';

// Per part: a stated subcategory we could not name outright still says a lot; a description
// says less per word than a title and is long.
export const PART_WEIGHT = { subcategory: 3, title: 1, skills: 0.6, description: 0.3 } as const;

/** The vocabulary as a phrase table whose values are votes, with each vote's category and
 *  weight. Built when the module loads, before any listing is read: its words get their ids. */
function buildVocabulary() {
  const index: PhraseIndex<number> = new Map();
  const categories: number[] = [];
  const weights: number[] = [];
  CATEGORIES.forEach((def, category) => {
    // Spellings that stem alike ("lead", "leads") are one phrase, at their highest weight.
    const best = new Map<string, [string, number, string[]]>();
    for (const [weight, list] of Object.entries(VOCABULARY[def.id] ?? {})) {
      for (const phrase of list.split('|')) {
        const stems = words(phrase);
        const key = stems.join(' ');
        if ((best.get(key)?.[1] ?? 0) < Number(weight)) best.set(key, [phrase, Number(weight), stems]);
      }
    }
    for (const [phrase, weight, stems] of best.values()) {
      addStemmedPhrase(index, phrase.trim(), stems, categories.length);
      categories.push(category);
      weights.push(weight);
    }
  });
  const table = phraseTable(index);
  return {
    table,
    category: Int16Array.from(table.values, (v) => categories[v]!),
    weight: Float64Array.from(table.values, (v) => weights[v]!),
  };
}

const { table: TABLE, category: CATEGORY, weight: WEIGHT } = buildVocabulary();
const STARTS = TABLE.starts;
/** Per vote: the last scan that counted it (each phrase counts once per part of a listing). */
const seen = new Int32Array(TABLE.values.length);
let scanId = 0;

// Each extra word of a phrase adds half its weight: longer phrases are surer signs.
const PER_EXTRA_WORD = 0.5;
// A title's head phrase, before the first break or linking word ("Video editor for my YouTube
// channel"), names the work; what follows is mostly its setting.
const HEAD_WEIGHT = 2;
const HEAD_ENDS = idSet(['for', 'with', 'to', 'in', 'on', 'from', 'at', 'by', 'who', 'that', 'need', 'want', 'requir', 'and', 'or']);
// Verbs that name the work whatever it is done to (issue 16: "Translate our app store listing"
// is translation). Widening the list further did not help on the dev set.
const WORK_VERBS = idSet(words('translate transcribe proofread localize localise subtitle caption narrate edit rewrite write design humanize humanise'));
// A title's topic ("a report on generative AI", topics.ts) counts half: it is what the work is
// about, not the work. (+0.07 points on the dev set.)
const TOPIC_WEIGHT = 0.5;
// However many skills name one trade, they add to it at most this share of the title head's
// strongest hit: a skills list describes the setting ("iOS, Android" for a translation).
const SKILLS_CAP = 0.5;

/** One listing's scores, and which categories have any (most have none: picking the winner
 *  looks at those only). Reused across listings. */
export class Ballot {
  readonly scores = new Float64Array(CATEGORIES.length);
  /** The categories with a score, the first `count` entries, in the order first scored. */
  readonly touched = new Int32Array(CATEGORIES.length);
  count = 0;
  private readonly flags = new Uint8Array(CATEGORIES.length);
  /** The strongest hit of the title's head, for the skills voted after it. Starts as -0, a
   *  number that is not a small integer: the field holds fractions from the first listing on,
   *  so the compiler never sees its kind of number change (which would throw away the
   *  optimised code of every function that reads a ballot). */
  titleHead = -0;

  /** Set when every score may be other than 0 (the model's blend). */
  private all = false;

  clear(): void {
    // Most listings touch a few categories: those are all there is to reset.
    if (this.all) this.scores.fill(0);
    for (let k = 0; k < this.count; k++) {
      const c = this.touched[k]!;
      this.flags[c] = 0;
      this.scores[c] = 0;
    }
    this.all = false;
    this.count = 0;
    this.titleHead = 0;
  }

  /** Says that scores were added outside add(): the next clear() resets them all. */
  touchedAll(): void {
    this.all = true;
  }

  add(category: number, weight: number): void {
    if (!this.flags[category]) (this.flags[category] = 1), (this.touched[this.count++] = category);
    this.scores[category]! += weight;
  }
}

// One part's hits, reused across calls.
const hitCategory: number[] = [];
const hitWeight: number[] = [];
const hitStart: number[] = [];
const skillVotes = new Float64Array(CATEGORIES.length);

/** Finds one part's vocabulary phrases into the hit lists; returns how many. Each phrase counts
 *  once per part, and a phrase inside a longer match counts not at all: "sales copy" is
 *  copywriting, its "sales" not also lead generation. */
function findHits(stems: Tokens, partWeight: number): number {
  if (++scanId === 0x7fffffff) seen.fill((scanId = 0)), scanId++;
  const id = scanId;
  const { restLength, valueAt } = TABLE;
  let coverStart = 0;
  let coverEnd = 0;
  let hits = 0;
  const length = stems.length;
  for (let i = 0; i < length; i++) {
    const word = stems[i]!;
    if (word >= STARTS.length || STARTS[word] !== 1) continue; // (starts(): most words start no phrase)
    const count = matchAt(TABLE, stems, i);
    const found = matches();
    for (let k = 0; k < count; k++) {
      const e = found[k]!;
      const v = valueAt[e]!;
      if (seen[v] === id) continue;
      const length = restLength[e]!;
      const end = i + 1 + length;
      if (i >= coverStart && end <= coverEnd && end - i < coverEnd - coverStart) continue;
      seen[v] = id;
      if (end > coverEnd) (coverStart = i), (coverEnd = end);
      hitCategory[hits] = CATEGORY[v]!;
      hitWeight[hits] = WEIGHT[v]! * partWeight * (1 + PER_EXTRA_WORD * length);
      hitStart[hits++] = i;
    }
  }
  return hits;
}

/** Adds one part's votes to the ballot. */
export function vote(ballot: Ballot, stems: Tokens, partWeight: number, isTitle = false): void {
  if (isTitle) ballot.titleHead = 0;
  if (!stems.length) return; // (no hits: nothing below would change a score)
  const hits = findHits(stems, partWeight);
  let headEnd = -1;
  if (isTitle && hits) for (headEnd = hitStart[0]!; headEnd < stems.length && stems[headEnd] !== BREAK_ID && !HEAD_ENDS.has(stems[headEnd]!); ) headEnd++;
  // A title that opens with a work verb ("Translate our app store listing") names the work with
  // it; the rest of its head is what the work is done to.
  const verbFirst = isTitle && hits > 0 && hitStart[0] === 0 && WORK_VERBS.has(stems[0]!);
  // What the title is about ("a report on generative AI") says less than what it asks for.
  let topicFrom = stems.length;
  let topicTo = stems.length;
  if (isTitle) {
    for (let i = 0; i < stems.length; i++) {
      if (opensTopic(stems, i)) {
        (topicFrom = i), (topicTo = topicEnd(stems, i));
        break;
      }
    }
  }
  const skills = partWeight === PART_WEIGHT.skills && ballot.titleHead > 0;
  for (let h = 0; h < hits; h++) {
    const at = hitStart[h]!;
    let w = at < headEnd && (at === hitStart[0] || !verbFirst) ? hitWeight[h]! * HEAD_WEIGHT : hitWeight[h]!;
    if (at > topicFrom && at < topicTo) w *= TOPIC_WEIGHT;
    if (isTitle && at < headEnd) ballot.titleHead = Math.max(ballot.titleHead, w);
    if (skills) skillVotes[hitCategory[h]!]! += w;
    else ballot.add(hitCategory[h]!, w);
  }
  if (!skills) return;
  // The skills' sum per category, capped (each category once; the others gain nothing).
  const cap = SKILLS_CAP * ballot.titleHead;
  for (let h = 0; h < hits; h++) {
    const c = hitCategory[h]!;
    if (skillVotes[c] === 0) continue;
    ballot.add(c, Math.min(skillVotes[c]!, cap));
    skillVotes[c] = 0;
  }
}
