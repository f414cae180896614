// Puts a listing in the taxonomy. The platform's own category wins when the page states one
// (an Upwork occupation, a Fiverr subcategory); a stated top level narrows the choice;
// otherwise the words of the title, skills and description vote, the title loudest.
import { CATEGORIES, type CategoryDef } from './categories';
import { VOCABULARY } from './vocabulary';
import { addPhrases, byIds, phrasesAt, type IdPhraseIndex, type PhraseIndex } from './phrases';
import { allowedBy, namedCategory } from './platform';
import { BREAK_ID, idSet, type Tokens } from './stem-ids';
import { tokenize } from './tokenize';
import { words } from './text';
import { opensTopic, topicEnd } from './topics';
import { loadModel, predictTops, TOPS, type CategoryModel } from './category-model';
import { CATEGORY_MODEL } from './category-model-data';
import { UPWORK_TOP_CATEGORIES } from '../model/label';

export interface ClassifyFields {
  /** Stem ids of the listing's parts (see `listing-words.ts`); a break separates skills. */
  title: Tokens;
  skills: Tokens;
  description: Tokens;
  platformCategory: string | null;
  platformSubcategory: string | null;
}

export interface Classified {
  def: CategoryDef;
  confidence: number;
}

interface Vote {
  category: number;
  weight: number;
  /** Last scan that counted this phrase: each phrase counts once per part of a listing. */
  seen: number;
}

// Per part: a stated subcategory we could not name outright still says a lot; a description
// says less per word than a title and is long.
const PART_WEIGHT = { subcategory: 3, title: 1, skills: 0.6, description: 0.3 } as const;

let scanId = 0;
let buffer: Float64Array | null = null;

function buildVocabulary(): IdPhraseIndex<Vote> {
  const index: PhraseIndex<Vote> = new Map();
  CATEGORIES.forEach((def, category) => {
    // Spellings that stem alike ("lead", "leads") are one phrase, at their highest weight.
    const weights = new Map<string, [string, number]>();
    for (const [weight, list] of Object.entries(VOCABULARY[def.id] ?? {})) {
      for (const phrase of list.split('|')) {
        const key = words(phrase).join(' ');
        if ((weights.get(key)?.[1] ?? 0) < Number(weight)) weights.set(key, [phrase, Number(weight)]);
      }
    }
    for (const [phrase, weight] of weights.values()) addPhrases(index, phrase, { category, weight, seen: -1 });
  });
  return byIds(index);
}

// Built when the module loads, before any listing is read: its words get their ids first.
const vocabulary = buildVocabulary();

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
/** The strongest hit of the last title's head, for the skills voted after it (classify votes
 *  the title before the skills; the skills are the part voted at PART_WEIGHT.skills). */
let titleHead = 0;
let skillVotes: Float64Array | null = null;

// One listing's hits, reused across calls: this runs for every tile on the page.
const hitCategory: number[] = [];
const hitWeight: number[] = [];
const hitStart: number[] = [];

/** Adds one part's votes. Each phrase counts once per part, and a phrase inside a longer
 *  match counts not at all: "sales copy" is copywriting, its "sales" not also lead generation. */
function vote(scores: Float64Array, stems: Tokens, partWeight: number, isTitle = false): void {
  if (isTitle) titleHead = 0;
  if (!stems.length) return; // (no hits: nothing below would change a score)
  const id = ++scanId;
  const index = vocabulary;
  let coverStart = 0;
  let coverEnd = 0;
  let hits = 0;
  for (let i = 0; i < stems.length; i++) {
    const entries = phrasesAt(index, stems[i]!);
    if (!entries) continue;
    for (let e = 0; e < entries.length; e++) {
      const { rest, value } = entries[e]!;
      let j = 0;
      while (j < rest.length && stems[i + 1 + j] === rest[j]) j++;
      if (j < rest.length || value.seen === id) continue;
      const end = i + 1 + j;
      if (i >= coverStart && end <= coverEnd && end - i < coverEnd - coverStart) continue;
      value.seen = id;
      if (end > coverEnd) (coverStart = i), (coverEnd = end);
      hitCategory[hits] = value.category;
      hitWeight[hits] = value.weight * partWeight * (1 + PER_EXTRA_WORD * rest.length);
      hitStart[hits++] = i;
    }
  }
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
  const skills = partWeight === PART_WEIGHT.skills && titleHead > 0;
  if (skills) (skillVotes ??= new Float64Array(scores.length)).fill(0);
  for (let h = 0; h < hits; h++) {
    const at = hitStart[h]!;
    let w = at < headEnd && (at === hitStart[0] || !verbFirst) ? hitWeight[h]! * HEAD_WEIGHT : hitWeight[h]!;
    if (at > topicFrom && at < topicTo) w *= TOPIC_WEIGHT;
    if (isTitle && at < headEnd) titleHead = Math.max(titleHead, w);
    if (skills) skillVotes![hitCategory[h]!]! += w;
    else scores[hitCategory[h]!]! += w;
  }
  if (skills) for (let c = 0; c < scores.length; c++) scores[c]! += Math.min(skillVotes![c]!, SKILLS_CAP * titleHead);
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

interface Pick {
  best: number;
  /** How far the winner leads the best other top level, 0..1. */
  margin: number;
}

/** Each category's top level, as an index in UPWORK_TOP_CATEGORIES. */
const TOP_OF = Int8Array.from(CATEGORIES, (d) => UPWORK_TOP_CATEGORIES.indexOf(d.upwork));

// The categories a stated top level allows, as flags (platform.ts keeps one array per name).
const allowedFlags = new WeakMap<readonly number[], Uint8Array>();
function flagsOf(allowed: readonly number[]): Uint8Array {
  let flags = allowedFlags.get(allowed);
  if (!flags) {
    flags = new Uint8Array(CATEGORIES.length);
    for (const i of allowed) flags[i] = 1;
    allowedFlags.set(allowed, flags);
  }
  return flags;
}

const topMax = new Float64Array(UPWORK_TOP_CATEGORIES.length);

/** The best category (the first of equals) and how far it leads the best category of another
 *  top level (from 0): one pass keeps each top level's best score. */
function pick(scores: Float64Array, allowed: Uint8Array | null): Pick {
  let best = -1;
  topMax.fill(0);
  for (let i = 0; i < scores.length; i++) {
    if (allowed && !allowed[i]) continue;
    const score = scores[i]!;
    if (best < 0 || score > scores[best]!) best = i;
    if (score > topMax[TOP_OF[i]!]!) topMax[TOP_OF[i]!] = score;
  }
  let rival = 0;
  for (let t = 0; t < topMax.length; t++) if (t !== TOP_OF[best]) rival = Math.max(rival, topMax[t]!);
  const score = scores[best]!;
  return { best, margin: score > 0 ? (score - rival) / (score + 2) : 0 };
}

// A title that already decides the top level clearly is not second-guessed by its description.
const DECIDED = 0.5;
// Below this margin the learned model (category-model.ts) breaks ties and catches what no
// phrase names: each category gains the model's probability of its top level times the weight.
// Above it the phrases decide alone, and labelling skips the model's cost. Chosen on the dev
// rows' folds (scripts/train-category.ts): 0.5 scored higher but overrode clear writing titles.
const BLEND_BELOW = 0.3;
const BLEND_WEIGHT = 14;

let shippedModel: CategoryModel | null = null;
let tops: Float64Array | null = null;

/** The shipped model (trained on ../shared/datasets by scripts/train-category.ts). */
export const categoryModel = (): CategoryModel => (shippedModel ??= loadModel(CATEGORY_MODEL));

function blend(scores: Float64Array, model: CategoryModel, fields: ClassifyFields): void {
  const p = predictTops(model, fields.title, fields.skills, (tops ??= new Float64Array(TOPS)));
  for (let i = 0; i < scores.length; i++) scores[i]! += BLEND_WEIGHT * p[TOP_OF[i]!]!;
}

/** `model`: null for the phrase rules alone (the accuracy bench and the training compare both). */
export function classify(fields: ClassifyFields, model: CategoryModel | null = categoryModel()): Classified {
  const allowed = allowedBy(fields.platformCategory);
  const named = namedCategory(fields.platformSubcategory, allowed) ?? namedCategory(fields.platformCategory, allowed);
  if (named !== null) return { def: CATEGORIES[named]!, confidence: 0.95 };

  const flags = allowed && flagsOf(allowed);
  const scores = (buffer ??= new Float64Array(CATEGORIES.length)).fill(0);
  if (fields.platformSubcategory) vote(scores, tokenize(fields.platformSubcategory), PART_WEIGHT.subcategory);
  vote(scores, fields.title, PART_WEIGHT.title, true);
  vote(scores, fields.skills, PART_WEIGHT.skills);
  let result = pick(scores, flags);
  if (result.margin < DECIDED && fields.description.length) {
    vote(scores, fields.description, PART_WEIGHT.description);
    result = pick(scores, flags);
  }
  // Confidence stays the phrases' own: the model picks among close calls, it does not make
  // a close call sure.
  const margin = result.margin;
  if (model && margin < BLEND_BELOW) {
    blend(scores, model, fields);
    result = pick(scores, flags);
  }
  const floor = allowed ? 0.6 : 0.1;
  return { def: CATEGORIES[result.best]!, confidence: round2(Math.min(0.95, floor + (0.9 - floor) * margin)) };
}
