// Puts a listing in the taxonomy. The platform's own category wins when the page states one
// (an Upwork occupation, a Fiverr subcategory); a stated top level narrows the choice;
// otherwise the words of the title, skills and description vote, the title loudest.
import { CATEGORIES, type CategoryDef } from './categories';
import { allowedBy, namedCategory } from './platform';
import type { Tokens } from './stem-ids';
import { tokenize } from './tokenize';
import { Ballot, PART_WEIGHT, vote } from './vote';
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

const EVERY = Int32Array.from(CATEGORIES, (_, i) => i);

// What pick() returns, one object reused: each result is read before the next pick. (The
// margin starts as -0, a fraction from the start: see Ballot.titleHead.)
const picked: Pick = { best: 0, margin: -0 };
// Per top level, the best score among the categories picked from: the rival is found among
// twelve numbers, not by a second pass over every category.
const topBest = new Float64Array(UPWORK_TOP_CATEGORIES.length);

/** The best category (the first of equals) and how far it leads the best category of another
 *  top level. Only the first `count` categories in `among` can score; the rest are 0. */
function pick(scores: Float64Array, among: Int32Array, count: number, allowed: Uint8Array | null): Pick {
  topBest.fill(0);
  let best = -1;
  for (let k = 0; k < count; k++) {
    const i = among[k]!;
    if (allowed && !allowed[i]) continue;
    const score = scores[i]!;
    if (best < 0 || score > scores[best]! || (score === scores[best]! && i < best)) best = i;
    const top = TOP_OF[i]!;
    if (score > topBest[top]!) topBest[top] = score;
  }
  // Nothing scored: the first category allowed, as a scan of every category would pick.
  if (best < 0 || !(scores[best]! > 0)) best = allowed ? allowed.indexOf(1) : 0;
  const top = TOP_OF[best];
  let rival = 0;
  for (let t = 0; t < topBest.length; t++) if (t !== top) rival = Math.max(rival, topBest[t]!);
  const score = scores[best]!;
  picked.best = best;
  picked.margin = score > 0 ? (score - rival) / (score + 2) : 0;
  return picked;
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

function blend(ballot: Ballot, model: CategoryModel, fields: ClassifyFields): void {
  const scores = ballot.scores;
  const p = predictTops(model, fields.title, fields.skills, (tops ??= new Float64Array(TOPS)));
  for (let i = 0; i < scores.length; i++) scores[i]! += BLEND_WEIGHT * p[TOP_OF[i]!]!;
  ballot.touchedAll();
}

const ballot = new Ballot();

/** `model`: null for the phrase rules alone (the accuracy bench and the training compare both). */
export function classify(fields: ClassifyFields, model: CategoryModel | null = categoryModel()): Classified {
  const allowed = allowedBy(fields.platformCategory);
  const named = namedCategory(fields.platformSubcategory, allowed) ?? namedCategory(fields.platformCategory, allowed);
  if (named !== null) return { def: CATEGORIES[named]!, confidence: 0.95 };

  const flags = allowed && flagsOf(allowed);
  ballot.clear();
  const { scores, touched } = ballot;
  if (fields.platformSubcategory) vote(ballot, tokenize(fields.platformSubcategory), PART_WEIGHT.subcategory);
  vote(ballot, fields.title, PART_WEIGHT.title, true);
  vote(ballot, fields.skills, PART_WEIGHT.skills);
  let result = pick(scores, touched, ballot.count, flags);
  if (result.margin < DECIDED && fields.description.length) {
    vote(ballot, fields.description, PART_WEIGHT.description);
    result = pick(scores, touched, ballot.count, flags);
  }
  // Confidence stays the phrases' own: the model picks among close calls, it does not make
  // a close call sure.
  const margin = result.margin;
  if (model && margin < BLEND_BELOW) {
    blend(ballot, model, fields);
    result = pick(scores, EVERY, EVERY.length, flags);
  }
  const floor = allowed ? 0.6 : 0.1;
  return { def: CATEGORIES[result.best]!, confidence: round2(Math.min(0.95, floor + (0.9 - floor) * margin)) };
}
